"""Texts of the field errors in Azerbaijani, English and Russian, by stable code.

Templates use ``{placeholders}``; `message` fills them (dates as dd.mm.yyyy) and leaves
a placeholder it was not given as it is, so that a message never fails to build.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from workstation.domain.errors import FieldError, Message

_M = Message

MESSAGES: Mapping[str, Message] = MappingProxyType(
    {
        "required": _M(
            az="Bu sahə doldurulmalıdır.",
            en="This field is required.",
            ru="Это поле обязательно для заполнения.",
        ),
        "bad_format": _M(
            az="Dəyərin formatı düzgün deyil.",
            en="The value has the wrong format.",
            ru="Неверный формат значения.",
        ),
        "too_long": _M(
            az="Ən çoxu {max} simvol daxil etmək olar.",
            en="At most {max} characters are allowed.",
            ru="Допускается не более {max} символов.",
        ),
        "bad_characters": _M(
            az="Yolverilməz simvollar: {chars}.",
            en="Characters not allowed: {chars}.",
            ru="Недопустимые символы: {chars}.",
        ),
        "name_bad_characters": _M(
            az="Adda yalnız hərflər, boşluq, defis və apostrof ola bilər; "
            "yolverilməz simvollar: {chars}.",
            en="A name may contain only letters, spaces, hyphens and apostrophes; "
            "not allowed: {chars}.",
            ru="Имя может содержать только буквы, пробелы, дефисы и апострофы; "
            "недопустимые символы: {chars}.",
        ),
        "name_bad_separators": _M(
            az="Ad hərflə başlamalı və bitməlidir; defis və apostrof yalnız hərflər arasında "
            "ola bilər.",
            en="A name must begin and end with a letter; hyphens and apostrophes may stand "
            "only between letters.",
            ru="Имя должно начинаться и заканчиваться буквой; дефис и апостроф допускаются "
            "только между буквами.",
        ),
        "name_not_latin": _M(
            az="Ad latın hərfləri ilə, pasportun latın yazılışındakı kimi yazılmalıdır.",
            en="Write the name in Latin letters, as in the Latin spelling of the passport.",
            ru="Имя должно быть написано латинскими буквами, как в латинском написании в паспорте.",
        ),
        "cyrillic_lookalike": _M(
            az="Adda «Ə» hərfinə bənzəyən kiril hərfi var; Azərbaycan əlifbasının «Ə» "
            "hərfindən istifadə edin.",
            en="The name contains the Cyrillic look-alike «Ә»; use the Azerbaijani letter «Ə».",
            ru="В имени кириллическая буква «Ә»; используйте азербайджанскую букву «Ə».",
        ),
        "not_normalized": _M(
            az="Artıq boşluqlar və ya qeyri-standart simvollar var; belə yazın: «{suggestion}».",
            en="Extra spaces or non-standard characters; write it as “{suggestion}”.",
            ru="Лишние пробелы или нестандартные символы; правильно: «{suggestion}».",
        ),
        "bad_date_format": _M(
            az="Tarixi gg.aa.iiii formatında daxil edin (məsələn, 05.03.1990).",
            en="Enter the date as dd.mm.yyyy (for example 05.03.1990).",
            ru="Введите дату в формате дд.мм.гггг (например, 05.03.1990).",
        ),
        "no_such_date": _M(
            az="Belə tarix yoxdur.",
            en="There is no such date.",
            ru="Такой даты не существует.",
        ),
        "future_date": _M(
            az="Tarix gələcəkdə ola bilməz.",
            en="The date cannot be in the future.",
            ru="Дата не может быть в будущем.",
        ),
        "too_early": _M(
            az="Tarix {earliest} tarixindən əvvəl ola bilməz.",
            en="The date cannot be earlier than {earliest}.",
            ru="Дата не может быть раньше {earliest}.",
        ),
        "too_young": _M(
            az="Şəxsin ən azı {min_age} yaşı olmalıdır.",
            en="The person must be at least {min_age} years old.",
            ru="Минимальный допустимый возраст: {min_age}.",
        ),
        "unknown_document_type": _M(
            az="Sənədin növü naməlumdur: adi, xidməti, diplomatik və ya digər olmalıdır.",
            en="Unknown document type: it must be ordinary, service, diplomatic or other.",
            ru="Неизвестный тип документа: допустимы обычный, служебный, дипломатический или иной.",
        ),
        "bad_document_number": _M(
            az="Sənədin seriya və nömrəsi {min}–{max} simvoldan ibarət olmalıdır: yalnız "
            "böyük latın hərfləri (A–Z) və rəqəmlər, boşluqsuz.",
            en="The document series and number must have {min}–{max} characters: capital "
            "letters A–Z and digits only, without spaces.",
            ru="Серия и номер документа: от {min} до {max} символов, только заглавные "
            "латинские буквы A–Z и цифры, без пробелов.",
        ),
        "unknown_country": _M(
            az="«{value}» ölkə kodu tanınmır; ISO 3166 üzrə üçhərfli kodu daxil edin "
            "(vətəndaşlığı olmayan şəxslər üçün XXA).",
            en="Unknown country code “{value}”; enter a three-letter ISO 3166 code "
            "(XXA for a stateless person).",
            ru="Неизвестный код страны «{value}»; укажите трёхбуквенный код ISO 3166 "
            "(XXA — для лиц без гражданства).",
        ),
        "expiry_before_issue": _M(
            az="Sənədin etibarlılıq müddəti verilmə tarixindən sonra bitməlidir.",
            en="The expiry date must be later than the date of issue.",
            ru="Дата окончания срока действия должна быть позже даты выдачи.",
        ),
        "document_expires_too_soon": _M(
            az="Sənəd ən azı {date} tarixinədək etibarlı olmalıdır.",
            en="The document must be valid at least until {date}.",
            ru="Документ должен быть действителен как минимум до {date}.",
        ),
        "bad_fin": _M(
            az="FİN 7 simvoldan ibarətdir: rəqəmlər və böyük latın hərfləri (O və I "
            "istisna olmaqla).",
            en="A FIN has 7 characters: digits and capital Latin letters except O and I.",
            ru="ФИН состоит из 7 символов: цифры и заглавные латинские буквы, кроме O и I.",
        ),
        "bad_pin": _M(
            az="PİN 5 və ya 6 simvoldan ibarətdir: böyük latın hərfləri və ya rəqəmlər.",
            en="A PIN has 5 or 6 characters: capital Latin letters or digits.",
            ru="ПИН состоит из 5 или 6 символов: заглавные латинские буквы или цифры.",
        ),
        "bad_voen_format": _M(
            az="VÖEN 10 rəqəmdən ibarət olmalıdır.",
            en="A VÖEN (taxpayer number) must have 10 digits.",
            ru="VÖEN (ИНН) должен состоять из 10 цифр.",
        ),
        "bad_check_digit": _M(
            az="Nəzarət rəqəmi uyğun gəlmir; nömrəni yoxlayın.",
            en="The check digit does not match; please check the number.",
            ru="Контрольная цифра не совпадает; проверьте номер.",
        ),
        "bad_voen_type": _M(
            az="VÖEN-in sonuncu rəqəmi 1 (hüquqi şəxs) və ya 2 (fiziki şəxs) olmalıdır.",
            en="The last digit of a VÖEN must be 1 (legal entity) or 2 (natural person).",
            ru="Последняя цифра VÖEN должна быть 1 (юридическое лицо) или 2 (физическое лицо).",
        ),
        "bad_phone": _M(
            az="Telefon nömrəsini +994 və 9 rəqəm şəklində daxil edin "
            "(məsələn, +994 50 123 45 67).",
            en="Enter the phone number as +994 followed by 9 digits "
            "(for example +994 50 123 45 67).",
            ru="Введите номер телефона в формате +994 и 9 цифр (например, +994 50 123 45 67).",
        ),
        "unknown_phone_prefix": _M(
            az="«{prefix}» operator və ya şəhər kodu tanınmır; mümkün kodlar: {allowed}.",
            en="Unknown operator or area code “{prefix}”; the codes allowed are {allowed}.",
            ru="Неизвестный код оператора или города «{prefix}»; допустимые коды: {allowed}.",
        ),
        "bad_email": _M(
            az="E-poçt ünvanı düzgün deyil (məsələn, ad@example.az).",
            en="This is not a valid e-mail address (for example name@example.az).",
            ru="Некорректный адрес электронной почты (например, name@example.az).",
        ),
        "unknown_sex": _M(
            az="Cinsi seçin: M (kişi), F (qadın) və ya X (göstərilməyib).",
            en="Choose the sex: M (male), F (female) or X (unspecified).",
            ru="Укажите пол: M (мужской), F (женский) или X (не указан).",
        ),
    }
)
"""Message templates by error code."""


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _param_text(value: object) -> str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _fill(template: str, params: Mapping[str, str]) -> str:
    try:
        return template.format_map(_Keep(params))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


def message(code: str, **params: object) -> Message:
    """The message for `code` with its placeholders filled; unknown codes get `bad_format`."""
    template = MESSAGES.get(code, MESSAGES["bad_format"])
    texts = {key: _param_text(value) for key, value in params.items()}
    return Message(
        az=_fill(template.az, texts),
        en=_fill(template.en, texts),
        ru=_fill(template.ru, texts),
    )


def field_error(field: str, code: str, **params: object) -> FieldError:
    """A `FieldError` for `field` with the message of `code`."""
    return FieldError(field=field, code=code, message=message(code, **params))
