"""Name pools per origin, written as the applicants' documents show them in Latin letters.

Azerbaijani names keep their letters (Ə ə, Ş ş, Ç ç, Ğ ğ, İ ı, Ö ö, Ü ü), so the
search, the card and the MRZ transliteration get exercised on real-looking data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Origin:
    """Where applicants come from: citizenships, passport number shape and name pools."""

    citizenships: tuple[str, ...]
    weight: int
    passport_prefix: tuple[str, ...]
    surnames_m: tuple[str, ...]
    surnames_f: tuple[str, ...]
    given_m: tuple[str, ...]
    given_f: tuple[str, ...]
    patronymic: bool = False
    birth_places: tuple[str, ...] = ()


_AZ_SURNAMES = (
    "Məmmədov", "Əliyev", "Həsənov", "Hüseynov", "Quliyev", "İsmayılov", "Abbasov",
    "Süleymanov", "Rəhimov", "Cəfərov", "Nəsirov", "Ağayev", "Əhmədov", "Şükürov",
    "Qasımov", "Bağırov", "Mustafayev", "Rüstəmov", "Kərimov", "Orucov",
)
_RU_SURNAMES = (
    "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov",
    "Morozov", "Petrov", "Volkov", "Solovyov", "Vasilyev", "Zaytsev", "Pavlov", "Semyonov",
)

ORIGINS: tuple[Origin, ...] = (
    Origin(
        citizenships=("GEO", "IRN", "RUS", "XXA", "TUR"),
        weight=18,
        passport_prefix=("", "C", "P"),
        surnames_m=_AZ_SURNAMES,
        surnames_f=tuple(s + "a" for s in _AZ_SURNAMES),
        given_m=("Əli", "Elçin", "Rəşad", "Tural", "İlqar", "Orxan", "Ramil", "Şahin",
                 "Vüqar", "Cavid", "Fərid", "Nicat", "Ülvi", "Səbuhi", "Çingiz"),
        given_f=("Gülnarə", "Aynur", "Səbinə", "Leyla", "Nərgiz", "Günay", "Ülkər",
                 "Aysel", "Şəbnəm", "Xədicə", "Könül", "Fidan", "Çiçək", "Ləman"),
        patronymic=True,
        birth_places=("Tbilisi", "Marneuli", "Təbriz", "Ərdəbil", "Dərbənd", "Iğdır"),
    ),
    Origin(
        citizenships=("RUS", "UKR", "KAZ", "BLR"),
        weight=20,
        passport_prefix=("", ""),
        surnames_m=_RU_SURNAMES,
        surnames_f=tuple(s + "a" for s in _RU_SURNAMES),
        given_m=("Aleksandr", "Dmitriy", "Sergey", "Andrey", "Mikhail", "Ivan", "Artyom",
                 "Nikolay", "Yuriy", "Pyotr"),
        given_f=("Yelena", "Olga", "Tatyana", "Natalya", "Anastasiya", "Mariya", "Irina",
                 "Svetlana", "Yuliya", "Darya"),
        patronymic=True,
        birth_places=("Moskva", "Sankt-Peterburg", "Kyiv", "Almaty", "Minsk", "Kazan"),
    ),
    Origin(
        citizenships=("TUR",),
        weight=22,
        passport_prefix=("U", "S"),
        surnames_m=("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım",
                    "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan"),
        surnames_f=("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk",
                    "Aydın", "Arslan", "Doğan"),
        given_m=("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim",
                 "Murat", "Emre", "Burak", "Oğuz"),
        given_f=("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Özlem", "Büşra",
                 "Gülşen", "Merve"),
        birth_places=("İstanbul", "Ankara", "Kars", "Iğdır", "Erzurum", "Trabzon"),
    ),
    Origin(
        citizenships=("IRN",),
        weight=14,
        passport_prefix=("A", "B", "K"),
        surnames_m=("Hosseini", "Mohammadi", "Rezaei", "Ahmadi", "Karimi", "Moradi",
                    "Jafari", "Rahimi", "Sadeghi", "Ghorbani", "Tehrani", "Azizi"),
        surnames_f=("Hosseini", "Mohammadi", "Rezaei", "Ahmadi", "Karimi", "Moradi",
                    "Jafari", "Rahimi"),
        given_m=("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid",
                 "Saeed", "Behrouz", "Farhad"),
        given_f=("Fatemeh", "Zahra", "Maryam", "Narges", "Sara", "Leila", "Shirin",
                 "Parisa", "Mahsa", "Niloufar"),
        birth_places=("Tehran", "Tabriz", "Ardabil", "Urmia", "Mashhad", "Isfahan"),
    ),
    Origin(
        citizenships=("IND",),
        weight=12,
        passport_prefix=("J", "K", "M", "N", "P", "R", "T", "Z"),
        surnames_m=("Sharma", "Verma", "Gupta", "Singh", "Kumar", "Patel", "Reddy",
                    "Nair", "Iyer", "Chatterjee", "Mukherjee", "Das"),
        surnames_f=("Sharma", "Verma", "Gupta", "Singh", "Kumari", "Patel", "Reddy",
                    "Nair", "Iyer", "Das"),
        given_m=("Rahul", "Amit", "Vikram", "Arjun", "Rohan", "Sanjay", "Karthik",
                 "Suresh", "Anil", "Deepak"),
        given_f=("Priya", "Anjali", "Neha", "Pooja", "Divya", "Lakshmi", "Kavya",
                 "Meera", "Sunita", "Aishwarya"),
        birth_places=("New Delhi", "Mumbai", "Chennai", "Hyderabad", "Kolkata", "Pune"),
    ),
    Origin(
        citizenships=("CHN",),
        weight=10,
        passport_prefix=("E", "EA", "EB"),
        surnames_m=("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
                    "Zhou", "Xu", "Sun"),
        surnames_f=("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao"),
        given_m=("Wei", "Jun", "Hao", "Lei", "Qiang", "Jian", "Tao", "Ming", "Yong",
                 "Peng"),
        given_f=("Fang", "Jing", "Li Na", "Xiu Ying", "Yan", "Min", "Ling", "Xin",
                 "Hui", "Mei"),
        birth_places=("Beijing", "Shanghai", "Urumqi", "Xi'an", "Chengdu", "Guangzhou"),
    ),
    Origin(
        citizenships=("UZB", "TKM", "KGZ", "TJK"),
        weight=4,
        passport_prefix=("AA", "AB", "FA"),
        surnames_m=("Karimov", "Rakhimov", "Yusupov", "Tursunov", "Nazarov", "Saidov"),
        surnames_f=("Karimova", "Rakhimova", "Yusupova", "Tursunova", "Nazarova"),
        given_m=("Bekzod", "Sardor", "Jasur", "Aziz", "Timur", "Rustam"),
        given_f=("Dilnoza", "Madina", "Gulnora", "Nigora", "Zarina"),
        patronymic=True,
        birth_places=("Toshkent", "Samarqand", "Aşqabat", "Bişkek", "Düşənbə"),
    ),
)
