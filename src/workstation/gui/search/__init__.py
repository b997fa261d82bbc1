"""The global search box: name, passport number, FIN/PIN or application number."""
