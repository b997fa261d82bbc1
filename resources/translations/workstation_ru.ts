<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <source>Counts of the period, overdue work, per officer and center (Ctrl+D)</source>
        <translation>Показатели за период, просроченные дела, по сотрудникам и центрам (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Sync protocol</source>
        <translation>Протокол синхронизации</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Каталог услуг</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Схема базы данных</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <source>About Workstation</source>
        <translation>О программе «Рабочее место»</translation>
    </message>
    <message>
        <source>Officer desktop of the migration service.</source>
        <translation>Рабочий стол сотрудника миграционной службы.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the versions</source>
        <translation>Копировать версии</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (схема %2)</translation>
    </message>
</context>
<context>
    <name>ApplicationDetail</name>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Комментарий (необязательно):</translation>
    </message>
    <message>
        <source>Request documents</source>
        <translation>Запросить документы</translation>
    </message>
    <message>
        <source>Documents not received</source>
        <translation>Непринятые документы</translation>
    </message>
    <message>
        <source>Note to the applicant</source>
        <translation>Примечание для заявителя</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(обязательно)</translation>
    </message>
    <message>
        <source>Every document on the checklist has been received.</source>
        <translation>Все документы по списку приняты.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Не хватает: %1</translation>
    </message>
    <message>
        <source>Tick at least one missing document or write a note.</source>
        <translation>Отметьте хотя бы один недостающий документ или напишите примечание.</translation>
    </message>
    <message>
        <source>Document checklist</source>
        <translation>Список документов</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Select a document with a file to see it here.</source>
        <translation>Выберите документ с файлом, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>Preview of the attachment</source>
        <translation>Предпросмотр вложения</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Missing (required)</source>
        <translation>Отсутствует (обязательно)</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <source>Applicant&apos;s photo</source>
        <translation>Фотография заявителя</translation>
    </message>
    <message>
        <source>No file is attached to this application.</source>
        <translation>К этому заявлению не приложено файлов.</translation>
    </message>
    <message>
        <source>No file is attached to this document.</source>
        <translation>К этому документу не приложен файл.</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Загрузка предпросмотра…</translation>
    </message>
    <message>
        <source>The file of this document is damaged or missing on this computer, so it cannot be shown. Attach the document again, or synchronise to fetch it from the server.</source>
        <translation>Файл этого документа повреждён или отсутствует на этом компьютере, поэтому его нельзя показать. Приложите документ снова или синхронизируйте, чтобы получить его с сервера.</translation>
    </message>
    <message>
        <source>This file was never recorded on this computer. Synchronise to fetch it.</source>
        <translation>Этот файл никогда не сохранялся на этом компьютере. Синхронизируйте, чтобы получить его.</translation>
    </message>
    <message>
        <source>This file cannot be previewed: %1</source>
        <translation>Предпросмотр этого файла невозможен: %1</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Предпросмотр не удался: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>History of the application</source>
        <translation>История заявления</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Общегражданский</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служебный</translation>
    </message>
    <message>
        <source>Diplomatic</source>
        <translation>Дипломатический</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(номера ещё нет)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(просрочено)</translation>
    </message>
    <message>
        <source>(due soon)</source>
        <translation>(срок скоро)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>This service has no fields of its own.</source>
        <translation>У этой услуги нет собственных полей.</translation>
    </message>
    <message>
        <source>Approve this application? The decision is recorded with your name.</source>
        <translation>Одобрить это заявление? Решение записывается с вашим именем.</translation>
    </message>
    <message>
        <source>Refuse this application? The applicant will be told the reason.</source>
        <translation>Отказать по этому заявлению? Заявителю сообщат причину.</translation>
    </message>
    <message>
        <source>Withdraw this application? It cannot be reopened afterwards.</source>
        <translation>Отозвать это заявление? Потом его нельзя будет открыть снова.</translation>
    </message>
    <message>
        <source>Confirm that the card was handed to the holder.</source>
        <translation>Подтвердите, что карта вручена владельцу.</translation>
    </message>
    <message>
        <source>Documents requested.</source>
        <translation>Документы запрошены.</translation>
    </message>
    <message>
        <source>Marked as having its documents.</source>
        <translation>Отмечено, что документы получены.</translation>
    </message>
    <message>
        <source>Sent to review.</source>
        <translation>Отправлено на рассмотрение.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Одобрено.</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>Отказано.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Отозвано.</translation>
    </message>
    <message>
        <source>Marked as issued.</source>
        <translation>Отмечено как выданное.</translation>
    </message>
    <message>
        <source>Application not found</source>
        <translation>Заявление не найдено</translation>
    </message>
    <message>
        <source>This application is not in the local database.</source>
        <translation>Этого заявления нет в локальной базе данных.</translation>
    </message>
    <message>
        <source>The application could not be shown</source>
        <translation>Не удалось показать заявление</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>Сервер отклонил изменение: %1</translation>
    </message>
    <message>
        <source>Version on the server: %1</source>
        <translation>Версия на сервере: %1</translation>
    </message>
    <message>
        <source>&amp;Needs review</source>
        <translation>&amp;Требует проверки</translation>
    </message>
    <message>
        <source>No status action is open to you for this application.</source>
        <translation>Для этого заявления вам не доступно ни одно действие со статусом.</translation>
    </message>
    <message>
        <source>Approving %1</source>
        <translation>Одобрение %1</translation>
    </message>
    <message>
        <source>Refusing %1</source>
        <translation>Отказ по %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 не удалось: %2</translation>
    </message>
    <message>
        <source>Conflict resolved. The choice will be sent to the server.</source>
        <translation>Конфликт разрешён. Выбор будет отправлен на сервер.</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>Ожидаются документы</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Card printed</source>
        <translation>Карта напечатана</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Request &amp;documents…</source>
        <translation>Запросить &amp;документы…</translation>
    </message>
    <message>
        <source>Documents &amp;received</source>
        <translation>Документы &amp;приняты</translation>
    </message>
    <message>
        <source>Send to re&amp;view</source>
        <translation>На &amp;рассмотрение</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Одобрить…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Отк&amp;азать…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Ото&amp;звать…</translation>
    </message>
    <message>
        <source>Mark &amp;issued…</source>
        <translation>Отметить &amp;выдачу…</translation>
    </message>
    <message>
        <source>Application created</source>
        <translation>Заявление создано</translation>
    </message>
    <message>
        <source>Application edited</source>
        <translation>Заявление изменено</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Документы запрошены</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Документы приняты</translation>
    </message>
    <message>
        <source>Sent to review</source>
        <translation>Отправлено на рассмотрение</translation>
    </message>
    <message>
        <source>Card issued</source>
        <translation>Карта выдана</translation>
    </message>
    <message>
        <source>Conflict recorded</source>
        <translation>Записан конфликт</translation>
    </message>
    <message>
        <source>Applicant recorded</source>
        <translation>Заявитель записан</translation>
    </message>
    <message>
        <source>Applicant&apos;s data edited</source>
        <translation>Данные заявителя изменены</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Конфликт разрешён</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Статус изменён</translation>
    </message>
    <message>
        <source>Waiting to be sent to the server</source>
        <translation>Ожидает отправки на сервер</translation>
    </message>
    <message>
        <source>Sent, waiting for the server&apos;s answer</source>
        <translation>Отправлено, ожидается ответ сервера</translation>
    </message>
    <message>
        <source>Synchronised with the server</source>
        <translation>Синхронизировано с сервером</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Отклонено сервером</translation>
    </message>
    <message>
        <source>Conflict: needs review</source>
        <translation>Конфликт: требует проверки</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>О&amp;бзор</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Given names:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Birth place:</source>
        <translation>Место рождения:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <source>Travel document:</source>
        <translation>Проездной документ:</translation>
    </message>
    <message>
        <source>Issued / expires:</source>
        <translation>Выдан / действителен до:</translation>
    </message>
    <message>
        <source>FIN:</source>
        <translation>ФИН:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>ПИН:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Услуга:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Принято:</translation>
    </message>
    <message>
        <source>Legal due date:</source>
        <translation>Срок по закону:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Пошлина:</translation>
    </message>
    <message>
        <source>Payment reference:</source>
        <translation>Номер платежа:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Service center:</source>
        <translation>Центр обслуживания:</translation>
    </message>
    <message>
        <source>Service fields</source>
        <translation>Поля услуги</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>До&amp;кументы</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Истори&amp;я</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailPage</name>
    <message numerus="yes">
        <source>%Ln open conflict(s): see the Needs review tab.</source>
        <translation>
            <numerusform>%Ln открытый конфликт: см. вкладку «Требует проверки».</numerusform>
            <numerusform>%Ln открытых конфликта: см. вкладку «Требует проверки».</numerusform>
            <numerusform>%Ln открытых конфликтов: см. вкладку «Требует проверки».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPrinter</name>
    <message>
        <source>Card %1 was recorded but not printed (%2): record it as spoiled.</source>
        <translation>Карта %1 записана, но не напечатана (%2): отметьте её как испорченную.</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>&amp;Print card…</source>
        <translation>&amp;Печать карты…</translation>
    </message>
    <message>
        <source>Re&amp;print…</source>
        <translation>Пов&amp;торная печать…</translation>
    </message>
    <message>
        <source>Spoi&amp;led…</source>
        <translation>&amp;Испорчена…</translation>
    </message>
    <message>
        <source>Print rec&amp;eipt…</source>
        <translation>Печать расп&amp;иски…</translation>
    </message>
    <message>
        <source>Reprinting the card of %1</source>
        <translation>Повторная печать карты %1</translation>
    </message>
    <message>
        <source>Card %1 recorded as spoiled; its number is voided.</source>
        <translation>Карта %1 отмечена как испорченная; её номер аннулирован.</translation>
    </message>
    <message>
        <source>Card handed over: the application is issued.</source>
        <translation>Карта вручена: заявление исполнено.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Decision in force (kept by the server)</source>
        <translation>Действующее решение (сохранено сервером)</translation>
    </message>
    <message>
        <source>Keep this decision</source>
        <translation>Оставить это решение</translation>
    </message>
    <message>
        <source>The other decision (not applied)</source>
        <translation>Другое решение (не применено)</translation>
    </message>
    <message>
        <source>Take this decision</source>
        <translation>Принять это решение</translation>
    </message>
    <message>
        <source>Only a supervisor can choose between two decisions.</source>
        <translation>Выбрать одно из двух решений может только руководитель.</translation>
    </message>
    <message>
        <source>The state machine has no step from &apos;%1&apos; to &apos;%2&apos;, so the other decision cannot be taken here; keeping the decision in force closes the conflict.</source>
        <translation>В схеме статусов нет перехода из «%1» в «%2», поэтому другое решение здесь принять нельзя; сохранение действующего решения закрывает конфликт.</translation>
    </message>
    <message>
        <source>Chosen in the conflict review</source>
        <translation>Выбрано при разборе конфликта</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Service center</source>
        <translation>Центр обслуживания</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Дата приёма</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <source>Legal due date</source>
        <translation>Срок по закону</translation>
    </message>
    <message>
        <source>Service fields</source>
        <translation>Поля услуги</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Fee tier</source>
        <translation>Тариф пошлины</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Пошлина</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Номер платежа</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>ФИН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Проездной документ</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(same)</source>
        <translation>(то же)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Принято: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>действителен до %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>%1&apos;s change</source>
        <translation>Изменение %1</translation>
    </message>
    <message>
        <source>the applicant&apos;s data</source>
        <translation>данные заявителя</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>заявление</translation>
    </message>
    <message>
        <source>Conflict on %1, recorded %2</source>
        <translation>Конфликт: %1, записан %2</translation>
    </message>
    <message>
        <source>Your change, made on this workstation, could not be merged with the server&apos;s version.</source>
        <translation>Ваше изменение, сделанное на этом рабочем месте, не удалось объединить с версией на сервере.</translation>
    </message>
    <message>
        <source>A change by %1 on workstation %2 could not be merged with the server&apos;s version.</source>
        <translation>Изменение, сделанное %1 на рабочем месте %2, не удалось объединить с версией на сервере.</translation>
    </message>
    <message>
        <source>Choose which value stays; your choice is saved as a new change and sent to the server.</source>
        <translation>Выберите, какое значение останется; ваш выбор сохраняется как новое изменение и отправляется на сервер.</translation>
    </message>
    <message>
        <source>&amp;Resolve conflict</source>
        <translation>Р&amp;азрешить конфликт</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Значение на сервере</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Взять серверное</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>Не удалось разрешить конфликт: %1</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Открытых конфликтов нет.</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <source>Workstation stopped unexpectedly</source>
        <translation>Рабочее место неожиданно остановилось</translation>
    </message>
    <message>
        <source>The last session ended with an error. Nothing you saved was lost. Please copy the details below and send them to your IT support; they hold no personal data and no passwords.</source>
        <translation>Последний сеанс завершился ошибкой. Ничего из сохранённого не потеряно. Скопируйте подробности ниже и отправьте их в ИТ-поддержку; в них нет персональных данных и паролей.</translation>
    </message>
    <message>
        <source>Crash details</source>
        <translation>Подробности сбоя</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Срок скоро</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>Все центры</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>Принято сегодня</translation>
    </message>
    <message>
        <source>Received this week</source>
        <translation>Принято за неделю</translation>
    </message>
    <message>
        <source>Received in the period</source>
        <translation>Принято за период</translation>
    </message>
    <message>
        <source>Decided in the period</source>
        <translation>Решено за период</translation>
    </message>
    <message>
        <source>Cards printed</source>
        <translation>Напечатано карт</translation>
    </message>
    <message>
        <source>Cards issued</source>
        <translation>Выдано карт</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Просрочено сейчас</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>Срок в течение 3 рабочих дней</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>By &amp;service</source>
        <translation>По &amp;услугам</translation>
    </message>
    <message>
        <source>By s&amp;tatus</source>
        <translation>По &amp;статусам</translation>
    </message>
    <message>
        <source>By o&amp;fficer</source>
        <translation>По со&amp;трудникам</translation>
    </message>
    <message>
        <source>By &amp;center</source>
        <translation>По &amp;центрам</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>My numbers</source>
        <translation>Мои показатели</translation>
    </message>
    <message>
        <source>What you received, decided, printed and issued, and the work assigned to you</source>
        <translation>Что вы приняли, решили, напечатали и выдали, и назначенные вам дела</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>The numbers could not be counted: %1</source>
        <translation>Не удалось подсчитать показатели: %1</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(не назначено)</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>За этот период ничего нет.</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>Received and decided per day</source>
        <translation>Принято и решено по дням</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>Received %1, decided %2 in these %3 days</source>
        <translation>За эти дни (%3): принято %1, решено %2</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Workstation — first run</source>
        <translation>Рабочее место — первый запуск</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Регистрация…</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Enrol this workstation</source>
        <translation>Зарегистрируйте это рабочее место</translation>
    </message>
    <message>
        <source>This computer is not yet a workstation of a service center. Enter the address of the central server and the one-time code your administrator gave you.</source>
        <translation>Этот компьютер ещё не является рабочим местом центра обслуживания. Введите адрес центрального сервера и одноразовый код, полученный от администратора.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>https://workstation.example.gov.az</source>
        <translation>https://workstation.example.gov.az</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Одноразовый &amp;код:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Одноразовый код</translation>
    </message>
    <message>
        <source>Workstation &amp;name:</source>
        <translation>&amp;Имя рабочего места:</translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation>Имя рабочего места</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Service filter</source>
        <translation>Фильтр по услуге</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Все услуги</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Принято с</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Принято по</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Фильтр по исполнителю</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Назначено мне</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>Rece&amp;ived:</source>
        <translation>&amp;Принято:</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand the card over</source>
        <translation>Выдача карты</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Карта:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Владелец:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Пошлина:</translation>
    </message>
    <message>
        <source>Payment reference:</source>
        <translation>Номер платежа:</translation>
    </message>
    <message>
        <source>I have &amp;checked the fee receipt against this payment reference</source>
        <translation>Я &amp;сверил квитанцию об оплате пошлины с этим номером платежа</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>The password could not be checked: %1</source>
        <translation>Не удалось проверить пароль: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <source>The session of %1 is locked. Enter the password to go on.</source>
        <translation>Сеанс пользователя %1 заблокирован. Введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Log in as &amp;another officer…</source>
        <translation>Войти как &amp;другой сотрудник…</translation>
    </message>
    <message>
        <source>Ends this session; unsaved reception forms are kept by their recovery.</source>
        <translation>Завершает этот сеанс; несохранённые формы приёма сохраняются для восстановления.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>No activity: the session locks in %1 s. Move the mouse or press a key to stay.</source>
        <translation>Нет активности: сеанс заблокируется через %1 с. Пошевелите мышью или нажмите клавишу.</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Файлы журнала</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Информация и выше</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Предупреждения и ошибки</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Строки журнала</translation>
    </message>
    <message>
        <source>%1 of %2 lines of %3</source>
        <translation>%1 из %2 строк файла %3</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>The lock has ended: you can try again.</source>
        <translation>Блокировка закончилась: можно попробовать снова.</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>Попробуйте снова через %1.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>Адрес сервера должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>Enter the one-time code from your administrator.</source>
        <translation>Введите одноразовый код, полученный от администратора.</translation>
    </message>
    <message>
        <source>This data folder is already enrolled.</source>
        <translation>Эта папка данных уже зарегистрирована.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Не удалось связаться с сервером: %1</translation>
    </message>
    <message>
        <source>The server refused the code: %1</source>
        <translation>Сервер отклонил код: %1</translation>
    </message>
    <message>
        <source>This program is too old for the server: please update it.</source>
        <translation>Эта программа слишком стара для сервера: обновите её.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the server refuses logins for a while.</source>
        <translation>Слишком много неверных паролей: сервер временно не принимает вход.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Сервер отклонил вход: %1</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator; it can no longer log in on this workstation, online or offline.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору; войти на этом рабочем месте больше нельзя ни онлайн, ни офлайн.</translation>
    </message>
    <message>
        <source>Offline login needs one online login on this workstation first.</source>
        <translation>Для офлайн-входа сначала нужно один раз войти онлайн на этом рабочем месте.</translation>
    </message>
    <message>
        <source>The last online login is more than %1 days ago: offline login is no longer allowed.</source>
        <translation>Последний онлайн-вход был более %1 дн. назад: офлайн-вход больше не разрешён.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: locked for a while.</source>
        <translation>Слишком много неверных паролей: вход временно заблокирован.</translation>
    </message>
    <message>
        <source>Wrong password (%1 tries left before it locks).</source>
        <translation>Неверный пароль (до блокировки осталось попыток: %1).</translation>
    </message>
    <message>
        <source>The server cannot be reached. </source>
        <translation>Сервер недоступен. </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Workstation — log in</source>
        <translation>Рабочее место — вход</translation>
    </message>
    <message>
        <source>Center %1 · workstation %2
Server %3</source>
        <translation>Центр %1 · рабочее место %2
Сервер %3</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Вход не удался: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Wrong password (3 tries left before offline login locks).</source>
        <translation>Сервер недоступен. Неверный пароль (осталось 3 попытки до блокировки офлайн-входа).</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Sign in to the workstation</source>
        <translation>Вход на рабочее место</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Login message</source>
        <translation>Сообщение о входе</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workstation — migration service</source>
        <translation>Рабочее место — миграционная служба</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Новое заявление</translation>
    </message>
    <message>
        <source>Receive a new application (Ctrl+N)</source>
        <translation>Принять новое заявление (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Открыть выбранное</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>&amp;Печать карты…</translation>
    </message>
    <message>
        <source>Printing cards comes with the card printing issue</source>
        <translation>Печать карт будет добавлена отдельно</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>&amp;Log in again…</source>
        <translation>Войти &amp;снова…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Back to the queue</source>
        <translation>&amp;Назад к очереди</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Заявление</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>That application no longer exists.</source>
        <translation>Это заявление больше не существует.</translation>
    </message>
    <message>
        <source>Log in to sync.</source>
        <translation>Войдите, чтобы синхронизировать.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>offline login</source>
        <translation>офлайн-вход</translation>
    </message>
    <message>
        <source>About Workstation</source>
        <translation>О программе «Рабочее место»</translation>
    </message>
    <message>
        <source>Workstation %1
Officer desktop of the migration service.</source>
        <translation>Рабочее место %1
Рабочий стол сотрудника миграционной службы.</translation>
    </message>
    <message>
        <source>Background task failed (%1): %2</source>
        <translation>Фоновая задача не выполнена (%1): %2</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Log files…</source>
        <translation>&amp;Файлы журнала…</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock the workstation&apos;s data</source>
        <translation>Разблокировка данных рабочего места</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key of the data folder. Choose a passphrase: it encrypts the applicants&apos; data on this computer, and it is asked at every start. Without it the data can only be synced again from the server.</source>
        <translation>На этом компьютере нет хранилища ключей для ключа папки данных. Выберите парольную фразу: она шифрует данные заявителей на этом компьютере и запрашивается при каждом запуске. Без неё данные можно будет только заново синхронизировать с сервера.</translation>
    </message>
    <message>
        <source>Type the passphrase that encrypts the data folder.</source>
        <translation>Введите парольную фразу, которой зашифрована папка данных.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Используйте не менее %n символа.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop the photo (35 × 45 mm)</source>
        <translation>Обрезка фотографии (35 × 45 мм)</translation>
    </message>
    <message>
        <source>Drag the frame to the face, drag its corner to resize it (the ratio stays 35 × 45 mm). Keys: arrows move, + and − resize. Head from the top third line to the chin near the bottom.</source>
        <translation>Перетащите рамку к лицу, перетащите её угол, чтобы изменить размер (пропорция остаётся 35 × 45 мм). Клавиши: стрелки двигают, + и − меняют размер. Голова — от верхней линии трети до подбородка внизу.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print the card of the application shown, or of those selected in the queue (Ctrl+P)</source>
        <translation>Напечатать карту показанного заявления или выбранных в очереди (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print &amp;journal…</source>
        <translation>&amp;Журнал печати…</translation>
    </message>
    <message>
        <source>This application has no card to print.</source>
        <translation>У этого заявления нет карты для печати.</translation>
    </message>
    <message>
        <source>Select approved applications to print.</source>
        <translation>Выберите одобренные заявления для печати.</translation>
    </message>
    <message>
        <source>Print at most %1 cards at a time.</source>
        <translation>Печатайте не более %1 карт за раз.</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>This user has never logged in on this workstation.</source>
        <translation>Этот пользователь никогда не входил на этом рабочем месте.</translation>
    </message>
    <message>
        <source>This user&apos;s offline login has expired: log in online once.</source>
        <translation>Срок офлайн-входа этого пользователя истёк: войдите один раз онлайн.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this user is locked for a while.</source>
        <translation>Слишком много неверных паролей: пользователь временно заблокирован.</translation>
    </message>
    <message>
        <source>Wrong user name or password (%1 tries left).</source>
        <translation>Неверное имя пользователя или пароль (осталось попыток: %1).</translation>
    </message>
    <message>
        <source>A supervisor must enter their user name and password.</source>
        <translation>Руководитель должен ввести своё имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor may approve a reprint.</source>
        <translation>%1 не руководитель: повторную печать может одобрить только руководитель.</translation>
    </message>
    <message>
        <source>Reprint card</source>
        <translation>Повторная печать карты</translation>
    </message>
    <message>
        <source>Print card %1 of %2 again? The same number is printed; the reprint is recorded in the print journal with the reason and the approving supervisor.</source>
        <translation>Напечатать карту %1 (%2) ещё раз? Печатается тот же номер; повторная печать записывается в журнал печати с причиной и одобрившим руководителем.</translation>
    </message>
    <message>
        <source>Reason for the reprint</source>
        <translation>Причина повторной печати</translation>
    </message>
    <message>
        <source>Supervisor&apos;s user name</source>
        <translation>Имя пользователя руководителя</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password</source>
        <translation>Пароль руководителя</translation>
    </message>
    <message>
        <source>You are a supervisor: the reprint is approved by you (%1).</source>
        <translation>Вы руководитель: повторная печать одобрена вами (%1).</translation>
    </message>
    <message>
        <source>A supervisor enters their user name and password here to approve.</source>
        <translation>Для одобрения руководитель вводит здесь своё имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>&amp;Approve and preview</source>
        <translation>&amp;Одобрить и просмотреть</translation>
    </message>
    <message>
        <source>Write the reason for the reprint.</source>
        <translation>Укажите причину повторной печати.</translation>
    </message>
    <message>
        <source>Record a spoiled card</source>
        <translation>Учёт испорченной карты</translation>
    </message>
    <message>
        <source>Record card %1 of %2 as spoiled? Its number is voided and never used again; keep the spoiled card for destruction. The next print takes a new number.</source>
        <translation>Отметить карту %1 (%2) как испорченную? Её номер аннулируется и больше не используется; сохраните испорченную карту для уничтожения. Следующая печать возьмёт новый номер.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Record as &amp;spoiled</source>
        <translation>Отметить как &amp;испорченную</translation>
    </message>
    <message>
        <source>Write why the card is spoiled.</source>
        <translation>Укажите, почему карта испорчена.</translation>
    </message>
    <message>
        <source>Hand the card over</source>
        <translation>Выдача карты</translation>
    </message>
    <message>
        <source>Hand the card to its holder. Check the holder&apos;s identity and the fee receipt.</source>
        <translation>Вручите карту владельцу. Проверьте личность владельца и квитанцию об оплате пошлины.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записан</translation>
    </message>
    <message>
        <source>Fee receipt checked</source>
        <translation>Квитанция об оплате проверена</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Вручить</translation>
    </message>
    <message>
        <source>Tick the box once you have checked the fee receipt.</source>
        <translation>Поставьте отметку, когда проверите квитанцию об оплате.</translation>
    </message>
</context>
<context>
    <name>PrintJournal</name>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Перепечатано</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Испорчено</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер карты</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Копий</translation>
    </message>
    <message>
        <source>Reason / approved by</source>
        <translation>Причина / одобрил</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>одобрил: %1</translation>
    </message>
    <message>
        <source>Print journal</source>
        <translation>Журнал печати</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>Print journal entries</source>
        <translation>Записи журнала печати</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>The newest %1 entries: narrow the filter to see older ones.</source>
        <translation>Последние %1 записей: сузьте фильтр, чтобы увидеть более старые.</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>&amp;Номер карты:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print card</source>
        <translation>Печать карты</translation>
    </message>
    <message>
        <source>Reprint card</source>
        <translation>Повторная печать карты</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Печать расписки</translation>
    </message>
    <message>
        <source>Applications to print</source>
        <translation>Заявления для печати</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Acknowledgement receipt, A5. It prints at true size.</source>
        <translation>Расписка о приёме, A5. Печатается в натуральную величину.</translation>
    </message>
    <message>
        <source>Reprint of the same card (same number), approved by %1. Reason: %2</source>
        <translation>Повторная печать той же карты (тот же номер), одобрил: %1. Причина: %2</translation>
    </message>
    <message>
        <source>The card number is taken from this workstation&apos;s leased block when you print: the preview shows the next free number. The card prints at true size (85.60 × 53.98 mm), front then back.</source>
        <translation>Номер карты берётся при печати из блока, выделенного этому рабочему месту: предпросмотр показывает следующий свободный номер. Карта печатается в натуральную величину (85,60 × 53,98 мм): сначала лицевая, затем оборотная сторона.</translation>
    </message>
    <message>
        <source>%1 applications, one card each. </source>
        <translation>Заявлений: %1, по одной карте на каждое. </translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <source>Nothing to print for this application.</source>
        <translation>Для этого заявления нечего печатать.</translation>
    </message>
    <message>
        <source>Cannot print: %1</source>
        <translation>Печать невозможна: %1</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Printed: card %1</source>
        <translation>Напечатано: карта %1</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Не напечатано: %1</translation>
    </message>
    <message>
        <source>Printed: %1. Not printed: %2 (see the list).</source>
        <translation>Напечатано: %1. Не напечатано: %2 (см. список).</translation>
    </message>
    <message>
        <source>Printed: %1.</source>
        <translation>Напечатано: %1.</translation>
    </message>
    <message>
        <source>Card numbers: %1</source>
        <translation>Номера карт: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Масштаб:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражд.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхр.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(черновик)</translation>
    </message>
    <message>
        <source>Overdue: the deadline passed</source>
        <translation>Просрочено: срок истёк</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>Срок в течение 3 рабочих дней</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>&amp;Assign to me</source>
        <translation>&amp;Назначить мне</translation>
    </message>
    <message>
        <source>Request &amp;documents…</source>
        <translation>Запросить &amp;документы…</translation>
    </message>
    <message>
        <source>Print &amp;cards…</source>
        <translation>Печать &amp;карт…</translation>
    </message>
    <message>
        <source>One print preview of the selected applications</source>
        <translation>Общий предпросмотр печати выбранных заявлений</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>No application matches “%1”.</source>
        <translation>Нет заявлений по запросу «%1».</translation>
    </message>
    <message>
        <source>No applications here.</source>
        <translation>Здесь нет заявлений.</translation>
    </message>
    <message>
        <source>Some filters are set: clear them to see more.</source>
        <translation>Заданы фильтры: сбросьте их, чтобы увидеть больше.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln заявление</numerusform>
            <numerusform>%Ln заявления</numerusform>
            <numerusform>%Ln заявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Too many applications</source>
        <translation>Слишком много заявлений</translation>
    </message>
    <message>
        <source>Select at most %1 applications for this action.</source>
        <translation>Выберите для этого действия не более %1 заявлений.</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Назначено вам</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Документы запрошены</translation>
    </message>
    <message>
        <source>not possible for %1</source>
        <translation>невозможно для %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>QueueSidebar</name>
    <message>
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>My work</source>
        <translation>Мои дела</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>Ожидаются документы</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>Ready to print</source>
        <translation>Готово к печати</translation>
    </message>
    <message>
        <source>Ready to issue</source>
        <translation>Готово к выдаче</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <source>Rejected by server</source>
        <translation>Отклонено сервером</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>Confirm with your password</source>
        <translation>Подтвердите паролем</translation>
    </message>
    <message>
        <source>%1 needs your password again.
Logged in as %2.</source>
        <translation>Для действия «%1» снова нужен ваш пароль.
Вход выполнен как %2.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>П&amp;одтвердить</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>The password could not be checked: %1</source>
        <translation>Не удалось проверить пароль: %1</translation>
    </message>
</context>
<context>
    <name>ReceptionApplicant</name>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>M — male</source>
        <translation>M — мужской</translation>
    </message>
    <message>
        <source>F — female</source>
        <translation>F — женский</translation>
    </message>
    <message>
        <source>X — unspecified</source>
        <translation>X — не указан</translation>
    </message>
    <message>
        <source>Ordinary passport</source>
        <translation>Общегражданский паспорт</translation>
    </message>
    <message>
        <source>Service passport</source>
        <translation>Служебный паспорт</translation>
    </message>
    <message>
        <source>Diplomatic passport</source>
        <translation>Дипломатический паспорт</translation>
    </message>
    <message>
        <source>Other travel document</source>
        <translation>Другой проездной документ</translation>
    </message>
    <message>
        <source>New applicant: a person record is created when the form is saved.</source>
        <translation>Новый заявитель: запись о человеке создаётся при сохранении формы.</translation>
    </message>
    <message>
        <source>Existing applicant: changes here update their record when saved.</source>
        <translation>Существующий заявитель: изменения здесь обновят его запись при сохранении.</translation>
    </message>
    <message>
        <source>Nobody found: fill in a new applicant below.</source>
        <translation>Никто не найден: заполните данные нового заявителя ниже.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likely duplicate.&lt;/b&gt; A person with passport number %1 is already known:</source>
        <translation>&lt;b&gt;Вероятно, дубликат.&lt;/b&gt; Человек с паспортом номер %1 уже известен:</translation>
    </message>
    <message>
        <source>Use that person, or confirm that this is somebody else.</source>
        <translation>Выберите этого человека или подтвердите, что это другой человек.</translation>
    </message>
    <message>
        <source>Filled from the passport (all check digits correct). Compare the names with the passport&apos;s visual zone and restore letters such as ə, ş, ç, ğ, ö, ü.</source>
        <translation>Заполнено по паспорту (все контрольные цифры верны). Сверьте имена с визуальной зоной паспорта и восстановите буквы ə, ş, ç, ğ, ö, ü.</translation>
    </message>
    <message>
        <source>Bad check digit in the passport&apos;s zone: %1 (%2). Nothing was filled: scan again or type the data by hand.</source>
        <translation>Неверная контрольная цифра в зоне паспорта: %1 (%2). Ничего не заполнено: отсканируйте снова или введите данные вручную.</translation>
    </message>
    <message>
        <source>The passport&apos;s zone could not be read: %1. Nothing was filled.</source>
        <translation>Не удалось прочитать зону паспорта: %1. Ничего не заполнено.</translation>
    </message>
</context>
<context>
    <name>ReceptionChecklist</name>
    <message>
        <source>Ticked when the original or a copy has been received</source>
        <translation>Отмечается, когда получен оригинал или копия</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Приложить…</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>Приложить файл к «%1»</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Checking and storing the file…</source>
        <translation>Проверка и сохранение файла…</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Файл не приложен</translation>
    </message>
</context>
<context>
    <name>ReceptionFees</name>
    <message>
        <source>choose the term first</source>
        <translation>сначала выберите срок</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>бесплатно</translation>
    </message>
    <message>
        <source>%1 (%2 working days from today)</source>
        <translation>%1 (%2 раб. дн. с сегодняшнего дня)</translation>
    </message>
    <message>
        <source>%1 (%2 months from today)</source>
        <translation>%1 (%2 мес. с сегодняшнего дня)</translation>
    </message>
</context>
<context>
    <name>ReceptionFields</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>+994 50 123 45 67</source>
        <translation>+994 50 123 45 67</translation>
    </message>
    <message>
        <source>name@example.az</source>
        <translation>imya@example.az</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 цифр</translation>
    </message>
    <message>
        <source>ISO code, e.g. TUR</source>
        <translation>Код ISO, напр. TUR</translation>
    </message>
    <message>
        <source>AZN</source>
        <translation>AZN</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>ReceptionFiles</name>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Документы (*.pdf *.jpg *.jpeg *.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>“%1” is %2; a file may have at most %3.</source>
        <translation>Размер «%1» — %2; файл может быть не больше %3.</translation>
    </message>
    <message>
        <source>“%1” is not a PDF, JPEG or PNG file (judged by its content, not its name).</source>
        <translation>«%1» не является файлом PDF, JPEG или PNG (по содержимому, а не по имени).</translation>
    </message>
    <message>
        <source>“%1” is not a picture: import the photo as a JPEG or PNG file.</source>
        <translation>«%1» не изображение: импортируйте фотографию в виде файла JPEG или PNG.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» пуст.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>«%1» не читается: %2.</translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation>Ничего не приложено.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Приложить документ</translation>
    </message>
    <message>
        <source>The file could not be stored: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message>
        <source>Import the applicant&apos;s photo</source>
        <translation>Импорт фотографии заявителя</translation>
    </message>
    <message>
        <source>This picture cannot be read.</source>
        <translation>Это изображение не читается.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фотографии</translation>
    </message>
    <message>
        <source>Photo missing</source>
        <translation>Нет фотографии</translation>
    </message>
</context>
<context>
    <name>ReceptionForm</name>
    <message>
        <source>— choose the service —</source>
        <translation>— выберите услугу —</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Attach a scan with the button or drop a PDF, JPEG or PNG file on its line.</source>
        <translation>Приложите скан кнопкой или перетащите файл PDF, JPEG или PNG на его строку.</translation>
    </message>
    <message>
        <source>Choose the service: its documents are listed here.</source>
        <translation>Выберите услугу: её документы перечислены здесь.</translation>
    </message>
    <message>
        <source>Required: not received yet (the application can still be received; documents can be requested later).</source>
        <translation>Обязательно: ещё не получен (заявление всё равно можно принять; документы можно запросить позже).</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Заявление %1</translation>
    </message>
    <message>
        <source>Draft application</source>
        <translation>Черновик заявления</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <source>Save the form as a draft (Ctrl+S)</source>
        <translation>Сохранить форму как черновик (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Receive the application under a new number (Ctrl+Enter)</source>
        <translation>Принять заявление под новым номером (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>1. Service</source>
        <translation>1. Услуга</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <source>2. Applicant</source>
        <translation>2. Заявитель</translation>
    </message>
    <message>
        <source>Find a&amp;pplicant:</source>
        <translation>Найти &amp;заявителя:</translation>
    </message>
    <message>
        <source>passport number or name (any spelling)</source>
        <translation>номер паспорта или имя (любое написание)</translation>
    </message>
    <message>
        <source>&amp;New applicant</source>
        <translation>Но&amp;вый заявитель</translation>
    </message>
    <message>
        <source>Use the existing person</source>
        <translation>Использовать существующего</translation>
    </message>
    <message>
        <source>It is another person: keep as new</source>
        <translation>Это другой человек: оставить как нового</translation>
    </message>
    <message>
        <source>MR&amp;Z (passport reader):</source>
        <translation>MR&amp;Z (считыватель паспорта):</translation>
    </message>
    <message>
        <source>Scan the passport: the two lines at the bottom of its photo page are read here</source>
        <translation>Отсканируйте паспорт: здесь считываются две строки внизу страницы с фотографией</translation>
    </message>
    <message>
        <source>Surn&amp;ame:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>as in the passport, Latin letters</source>
        <translation>как в паспорте, латинскими буквами</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Patron&amp;ymic:</source>
        <translation>От&amp;чество:</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>если есть</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>По&amp;л:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Birth p&amp;lace:</source>
        <translation>&amp;Место рождения:</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>ISO code, e.g. RUS, TUR; XXA stateless</source>
        <translation>Код ISO, напр. RUS, TUR; XXA — без гражданства</translation>
    </message>
    <message>
        <source>Docum&amp;ent type:</source>
        <translation>Тип до&amp;кумента:</translation>
    </message>
    <message>
        <source>Passport nu&amp;mber:</source>
        <translation>&amp;Номер паспорта:</translation>
    </message>
    <message>
        <source>series and number, no spaces</source>
        <translation>серия и номер без пробелов</translation>
    </message>
    <message>
        <source>&amp;Issuing state:</source>
        <translation>Государство в&amp;ыдачи:</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Код ISO</translation>
    </message>
    <message>
        <source>Issued &amp;on:</source>
        <translation>Д&amp;ата выдачи:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Де&amp;йствителен до:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>ПИН:</translation>
    </message>
    <message>
        <source>on an earlier card, if any</source>
        <translation>на прежней карте, если есть</translation>
    </message>
    <message>
        <source>FIN:</source>
        <translation>ФИН:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>+994 50 123 45 67</source>
        <translation>+994 50 123 45 67</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Address in Azerbai&amp;jan:</source>
        <translation>Ад&amp;рес в Азербайджане:</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фотографии</translation>
    </message>
    <message>
        <source>Import photo…</source>
        <translation>Импорт фотографии…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Удалить фотографию</translation>
    </message>
    <message>
        <source>3. Service details</source>
        <translation>3. Данные услуги</translation>
    </message>
    <message>
        <source>4. Documents</source>
        <translation>4. Документы</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Select an attached document to see it here</source>
        <translation>Выберите приложенный документ, чтобы увидеть его здесь</translation>
    </message>
    <message>
        <source>5. Fee and deadline</source>
        <translation>5. Пошлина и срок</translation>
    </message>
    <message>
        <source>Fee &amp;tier:</source>
        <translation>Тариф по&amp;шлины:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Пошлина:</translation>
    </message>
    <message>
        <source>Payment re&amp;ference:</source>
        <translation>Ном&amp;ер платежа:</translation>
    </message>
    <message>
        <source>receipt or transfer number</source>
        <translation>номер квитанции или перевода</translation>
    </message>
    <message>
        <source>Legal due date:</source>
        <translation>Срок по закону:</translation>
    </message>
</context>
<context>
    <name>ReceptionPreview</name>
    <message>
        <source>Select an attached document to see it here</source>
        <translation>Выберите приложенный документ, чтобы увидеть его здесь</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>Этот файл нельзя показать.</translation>
    </message>
    <message>
        <source>This file cannot be shown: %1</source>
        <translation>Этот файл нельзя показать: %1</translation>
    </message>
</context>
<context>
    <name>ReceptionSave</name>
    <message>
        <source>This application was received already; it is shown read-only.</source>
        <translation>Это заявление уже принято; оно показано только для чтения.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>The draft could not be opened: %1</source>
        <translation>Не удалось открыть черновик: %1</translation>
    </message>
    <message>
        <source>Restore unsaved reception of %1?</source>
        <translation>Восстановить несохранённый приём от %1?</translation>
    </message>
    <message>
        <source>(applicant: %1)</source>
        <translation>(заявитель: %1)</translation>
    </message>
    <message>
        <source>The unsaved reception was restored.</source>
        <translation>Несохранённый приём восстановлен.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Choose the service before saving a draft.</source>
        <translation>Выберите услугу перед сохранением черновика.</translation>
    </message>
    <message>
        <source>A draft needs the applicant&apos;s data without errors: %1 to fix (marked in red). Everything typed is kept.</source>
        <translation>Для черновика данные заявителя должны быть без ошибок: исправить — %1 (отмечено красным). Всё введённое сохранено.</translation>
    </message>
    <message>
        <source>The application cannot be received yet: %1 to fix, marked in red. First: %2</source>
        <translation>Заявление пока нельзя принять: исправить — %1, отмечено красным. Первое: %2</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Приём…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Received · due %1</source>
        <translation>Принято · срок %1</translation>
    </message>
    <message>
        <source>Received as %1 at %2. Legal due date: %3.</source>
        <translation>Принято под номером %1 в %2. Срок по закону: %3.</translation>
    </message>
    <message>
        <source>Draft · saved at %1</source>
        <translation>Черновик · сохранён в %1</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Черновик сохранён в %1.</translation>
    </message>
    <message>
        <source>Nothing was saved; everything typed is kept.</source>
        <translation>Ничего не сохранено; всё введённое осталось.</translation>
    </message>
    <message>
        <source>A person with this passport number is already known. Use that person or confirm a new one, then save again.</source>
        <translation>Человек с этим номером паспорта уже известен. Выберите его или подтвердите нового, затем сохраните снова.</translation>
    </message>
    <message>
        <source>No application numbers are left on this workstation, so the application cannot be received now. Save it as a draft and receive it after the next sync brings new numbers (the server leases them).</source>
        <translation>На этом рабочем месте не осталось номеров заявлений, поэтому заявление сейчас нельзя принять. Сохраните его как черновик и примите после следующей синхронизации, которая принесёт новые номера (их выделяет сервер).</translation>
    </message>
    <message>
        <source>This application is no longer a draft (it is %1 now) and cannot be changed here.</source>
        <translation>Это заявление больше не черновик (сейчас: %1), и здесь его изменить нельзя.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Сохранить не удалось: %1</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>Все центры</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Officers report their own work</source>
        <translation>Сотрудники получают отчёт о своей работе</translation>
    </message>
    <message>
        <source>&amp;PDF document</source>
        <translation>Документ &amp;PDF</translation>
    </message>
    <message>
        <source>C&amp;SV for a spreadsheet</source>
        <translation>C&amp;SV для электронной таблицы</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <source>&amp;Center:</source>
        <translation>&amp;Центр:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Сохранить &amp;как:</translation>
    </message>
    <message>
        <source>&amp;Save report</source>
        <translation>Со&amp;хранить отчёт</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message numerus="yes">
        <source>The period is longer than %n day(s).</source>
        <translation>
            <numerusform>Период длиннее %n дня.</numerusform>
            <numerusform>Период длиннее %n дней.</numerusform>
            <numerusform>Период длиннее %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Выберите, куда сохранить отчёт.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 — это папка: укажите имя файла.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Отчёт сохранён в %1</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Отчёт не сохранён: %1</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint card</source>
        <translation>Повторная печать карты</translation>
    </message>
    <message>
        <source>&amp;Reason for the reprint (required):</source>
        <translation>&amp;Причина повторной печати (обязательно):</translation>
    </message>
    <message>
        <source>Supervisor&apos;s approval</source>
        <translation>Одобрение руководителя</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;user name:</source>
        <translation>&amp;Имя пользователя руководителя:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s pass&amp;word:</source>
        <translation>Па&amp;роль руководителя:</translation>
    </message>
</context>
<context>
    <name>RequestDocumentsDialog</name>
    <message>
        <source>Request documents</source>
        <translation>Запросить документы</translation>
    </message>
    <message numerus="yes">
        <source>Which documents are missing? The applicants of the %Ln application(s) are asked for them.</source>
        <translation>
            <numerusform>Каких документов не хватает? Их запросят у заявителя.</numerusform>
            <numerusform>Каких документов не хватает? Их запросят у заявителей %Ln заявлений.</numerusform>
            <numerusform>Каких документов не хватает? Их запросят у заявителей %Ln заявлений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Недостающие документы</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Запросить</translation>
    </message>
    <message>
        <source>Tick the documents the applicant still has to bring. They are recorded on the checklist and in the request.</source>
        <translation>Отметьте документы, которые заявитель ещё должен принести. Они записываются в список и в запрос.</translation>
    </message>
    <message>
        <source>&amp;Note to the applicant (optional):</source>
        <translation>&amp;Примечание для заявителя (необязательно):</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Officer</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search applications</source>
        <translation>Поиск заявлений</translation>
    </message>
    <message>
        <source>Search: name, passport, FIN/PIN, number (Ctrl+F)</source>
        <translation>Поиск: имя, паспорт, ФИН/ПИН, номер (Ctrl+F)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>No application matches “%1”</source>
        <translation>Нет заявлений по запросу «%1»</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>Спрашивать каждый раз</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// on a test network).</source>
        <translation>Адрес сервера должен начинаться с https:// (или http:// в тестовой сети).</translation>
    </message>
    <message>
        <source>These settings belong to this computer. Passwords are never kept here: they stay in the system keyring.</source>
        <translation>Эти настройки относятся к этому компьютеру. Пароли здесь не хранятся: они остаются в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>https://workstation.example.gov.az</source>
        <translation>https://workstation.example.gov.az</translation>
    </message>
    <message>
        <source>&amp;Card printer:</source>
        <translation>Принтер &amp;карт:</translation>
    </message>
    <message>
        <source>Card printer</source>
        <translation>Принтер карт</translation>
    </message>
    <message>
        <source>&amp;Receipt printer:</source>
        <translation>Принтер &amp;расписок:</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Принтер расписок</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>&amp;Синхронизация каждые:</translation>
    </message>
    <message>
        <source>Sync interval in seconds</source>
        <translation>Интервал синхронизации в секундах</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Offline login valid for:</source>
        <translation>&amp;Офлайн-вход действует:</translation>
    </message>
    <message>
        <source>Days an offline login stays valid</source>
        <translation>Сколько дней действует офлайн-вход</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Lock when &amp;idle after:</source>
        <translation>&amp;Блокировать при простое через:</translation>
    </message>
    <message>
        <source>Minutes before an idle session locks</source>
        <translation>Минут до блокировки простаивающего сеанса</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Ра&amp;змер текста:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>&amp;High contrast:</source>
        <translation>&amp;Высокий контраст:</translation>
    </message>
    <message>
        <source>High contrast colours</source>
        <translation>Высококонтрастные цвета</translation>
    </message>
    <message>
        <source>White text on black, yellow focus</source>
        <translation>Белый текст на чёрном, жёлтый фокус</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>Ожидаются документы</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Card printed</source>
        <translation>Карта напечатана</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>logged in offline</source>
        <translation>вход офлайн</translation>
    </message>
    <message>
        <source>Log in again to continue syncing; nothing waiting is lost.</source>
        <translation>Войдите снова, чтобы продолжить синхронизацию; ничего из ожидающего не потеряется.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Not sent</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Синхр.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Соединение</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Изменения, ожидающие отправки</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Войти снова…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Send and receive changes now (F5)</source>
        <translation>Отправить и получить изменения сейчас (F5)</translation>
    </message>
    <message>
        <source>⚠ Login not remembered</source>
        <translation>⚠ Вход не запомнен</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Ошибка синхронизации</translation>
    </message>
    <message>
        <source>Login required</source>
        <translation>Требуется вход</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln изменение ожидает</numerusform>
            <numerusform>%Ln изменения ожидают</numerusform>
            <numerusform>%Ln изменений ожидают</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Все изменения отправлены</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Последняя синхронизация %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ещё не синхронизировалось</translation>
    </message>
</context>
</TS>
