<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;İcmal paneli</translation>
    </message>
    <message>
        <source>Counts of the period, overdue work, per officer and center (Ctrl+D)</source>
        <translation>Dövr üzrə saylar, gecikmiş işlər, əməkdaş və mərkəz üzrə (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Hesabatlar…</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Workstation</source>
        <translation>İş stansiyası</translation>
    </message>
    <message>
        <source>Sync protocol</source>
        <translation>Sinxronlaşdırma protokolu</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Xidmətlər kataloqu</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Verilənlər bazasının sxemi</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Əməliyyat sistemi</translation>
    </message>
    <message>
        <source>About Workstation</source>
        <translation>İş stansiyası haqqında</translation>
    </message>
    <message>
        <source>Officer desktop of the migration service.</source>
        <translation>Miqrasiya xidməti əməkdaşının iş masası.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Copy the versions</source>
        <translation>Versiyaları kopyala</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (sxem %2)</translation>
    </message>
</context>
<context>
    <name>ApplicationDetail</name>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Səbəb (mütləqdir):</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Şərh (istəyə görə):</translation>
    </message>
    <message>
        <source>Request documents</source>
        <translation>Sənəd tələb et</translation>
    </message>
    <message>
        <source>Documents not received</source>
        <translation>Qəbul edilməmiş sənədlər</translation>
    </message>
    <message>
        <source>Note to the applicant</source>
        <translation>Müraciətçiyə qeyd</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(mütləqdir)</translation>
    </message>
    <message>
        <source>Every document on the checklist has been received.</source>
        <translation>Siyahıdakı bütün sənədlər qəbul edilib.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Çatışmır: %1</translation>
    </message>
    <message>
        <source>Tick at least one missing document or write a note.</source>
        <translation>Ən azı bir çatışmayan sənədi işarələyin və ya qeyd yazın.</translation>
    </message>
    <message>
        <source>Document checklist</source>
        <translation>Sənədlərin siyahısı</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Select a document with a file to see it here.</source>
        <translation>Burada görmək üçün faylı olan sənədi seçin.</translation>
    </message>
    <message>
        <source>Preview of the attachment</source>
        <translation>Qoşmanın önbaxışı</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <source>Missing (required)</source>
        <translation>Çatışmır (mütləqdir)</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Qəbul edilməyib</translation>
    </message>
    <message>
        <source>Applicant&apos;s photo</source>
        <translation>Müraciətçinin fotoşəkli</translation>
    </message>
    <message>
        <source>No file is attached to this application.</source>
        <translation>Bu müraciətə fayl qoşulmayıb.</translation>
    </message>
    <message>
        <source>No file is attached to this document.</source>
        <translation>Bu sənədə fayl qoşulmayıb.</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Önbaxış yüklənir…</translation>
    </message>
    <message>
        <source>The file of this document is damaged or missing on this computer, so it cannot be shown. Attach the document again, or synchronise to fetch it from the server.</source>
        <translation>Bu sənədin faylı bu kompüterdə zədələnib və ya yoxdur, ona görə göstərilə bilmir. Sənədi yenidən qoşun və ya serverdən almaq üçün sinxronlaşdırın.</translation>
    </message>
    <message>
        <source>This file was never recorded on this computer. Synchronise to fetch it.</source>
        <translation>Bu fayl bu kompüterdə heç vaxt qeydə alınmayıb. Almaq üçün sinxronlaşdırın.</translation>
    </message>
    <message>
        <source>This file cannot be previewed: %1</source>
        <translation>Bu faylın önbaxışı mümkün deyil: %1</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Önbaxış alınmadı: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Səbəb: %1</translation>
    </message>
    <message>
        <source>History of the application</source>
        <translation>Müraciətin tarixçəsi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>İş stansiyası</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Təfərrüat</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Qadın</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Göstərilməyib</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ümumvətəndaş</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xidməti</translation>
    </message>
    <message>
        <source>Diplomatic</source>
        <translation>Diplomatik</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Təsdiq edilib</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>İmtina edilib</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(hələ nömrə yoxdur)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(müddəti keçib)</translation>
    </message>
    <message>
        <source>(due soon)</source>
        <translation>(müddəti yaxınlaşır)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>heç kim</translation>
    </message>
    <message>
        <source>This service has no fields of its own.</source>
        <translation>Bu xidmətin öz sahələri yoxdur.</translation>
    </message>
    <message>
        <source>Approve this application? The decision is recorded with your name.</source>
        <translation>Bu müraciət təsdiq edilsin? Qərar sizin adınızla qeydə alınır.</translation>
    </message>
    <message>
        <source>Refuse this application? The applicant will be told the reason.</source>
        <translation>Bu müraciətdən imtina edilsin? Müraciətçiyə səbəb bildiriləcək.</translation>
    </message>
    <message>
        <source>Withdraw this application? It cannot be reopened afterwards.</source>
        <translation>Bu müraciət geri götürülsün? Sonra yenidən açıla bilməz.</translation>
    </message>
    <message>
        <source>Confirm that the card was handed to the holder.</source>
        <translation>Kartın sahibinə təhvil verildiyini təsdiq edin.</translation>
    </message>
    <message>
        <source>Documents requested.</source>
        <translation>Sənədlər tələb edildi.</translation>
    </message>
    <message>
        <source>Marked as having its documents.</source>
        <translation>Sənədləri tam kimi qeyd edildi.</translation>
    </message>
    <message>
        <source>Sent to review.</source>
        <translation>Baxılmağa göndərildi.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Təsdiq edildi.</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>İmtina edildi.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Geri götürüldü.</translation>
    </message>
    <message>
        <source>Marked as issued.</source>
        <translation>Təhvil verilmiş kimi qeyd edildi.</translation>
    </message>
    <message>
        <source>Application not found</source>
        <translation>Müraciət tapılmadı</translation>
    </message>
    <message>
        <source>This application is not in the local database.</source>
        <translation>Bu müraciət yerli verilənlər bazasında yoxdur.</translation>
    </message>
    <message>
        <source>The application could not be shown</source>
        <translation>Müraciəti göstərmək mümkün olmadı</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Qaralama</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>Server dəyişikliyi rədd etdi: %1</translation>
    </message>
    <message>
        <source>Version on the server: %1</source>
        <translation>Serverdəki versiya: %1</translation>
    </message>
    <message>
        <source>&amp;Needs review</source>
        <translation>&amp;Yoxlanılmalıdır</translation>
    </message>
    <message>
        <source>No status action is open to you for this application.</source>
        <translation>Bu müraciət üzrə sizin üçün status əməliyyatı yoxdur.</translation>
    </message>
    <message>
        <source>Approving %1</source>
        <translation>%1 təsdiq edilir</translation>
    </message>
    <message>
        <source>Refusing %1</source>
        <translation>%1 üzrə imtina</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 alınmadı: %2</translation>
    </message>
    <message>
        <source>Conflict resolved. The choice will be sent to the server.</source>
        <translation>Ziddiyyət həll edildi. Seçim serverə göndəriləcək.</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>Sənədlər gözlənilir</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Baxılır</translation>
    </message>
    <message>
        <source>Card printed</source>
        <translation>Kart çap edilib</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Təhvil verilib</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Geri götürülüb</translation>
    </message>
    <message>
        <source>Request &amp;documents…</source>
        <translation>Sə&amp;nəd tələb et…</translation>
    </message>
    <message>
        <source>Documents &amp;received</source>
        <translation>Sənədlər &amp;qəbul edildi</translation>
    </message>
    <message>
        <source>Send to re&amp;view</source>
        <translation>Baxılmağa göndə&amp;r</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Təsdiq et…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>İ&amp;mtina et…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Geri götür…</translation>
    </message>
    <message>
        <source>Mark &amp;issued…</source>
        <translation>Təhvil &amp;verildi…</translation>
    </message>
    <message>
        <source>Application created</source>
        <translation>Müraciət yaradıldı</translation>
    </message>
    <message>
        <source>Application edited</source>
        <translation>Müraciət dəyişdirildi</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Sənədlər tələb edildi</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Sənədlər qəbul edildi</translation>
    </message>
    <message>
        <source>Sent to review</source>
        <translation>Baxılmağa göndərildi</translation>
    </message>
    <message>
        <source>Card issued</source>
        <translation>Kart təhvil verildi</translation>
    </message>
    <message>
        <source>Conflict recorded</source>
        <translation>Ziddiyyət qeydə alındı</translation>
    </message>
    <message>
        <source>Applicant recorded</source>
        <translation>Müraciətçi qeydə alındı</translation>
    </message>
    <message>
        <source>Applicant&apos;s data edited</source>
        <translation>Müraciətçinin məlumatları dəyişdirildi</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Ziddiyyət həll edildi</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status dəyişdi</translation>
    </message>
    <message>
        <source>Waiting to be sent to the server</source>
        <translation>Serverə göndərilməsi gözlənilir</translation>
    </message>
    <message>
        <source>Sent, waiting for the server&apos;s answer</source>
        <translation>Göndərilib, serverin cavabı gözlənilir</translation>
    </message>
    <message>
        <source>Synchronised with the server</source>
        <translation>Serverlə sinxronlaşdırılıb</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Server tərəfindən rədd edilib</translation>
    </message>
    <message>
        <source>Conflict: needs review</source>
        <translation>Ziddiyyət: yoxlanılmalıdır</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Ümumi məlumat</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Müraciətçi</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Soyad:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Given names:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Ata adı:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Cins:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Doğum tarixi:</translation>
    </message>
    <message>
        <source>Birth place:</source>
        <translation>Doğum yeri:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Vətəndaşlıq:</translation>
    </message>
    <message>
        <source>Travel document:</source>
        <translation>Səyahət sənədi:</translation>
    </message>
    <message>
        <source>Issued / expires:</source>
        <translation>Verilib / etibarlıdır:</translation>
    </message>
    <message>
        <source>FIN:</source>
        <translation>FİN:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PİN:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-poçt:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Ünvan:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Müraciət</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nömrə:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Xidmət:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Qəbul edilib:</translation>
    </message>
    <message>
        <source>Legal due date:</source>
        <translation>Qanuni son tarix:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>İcraçı:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Rüsum:</translation>
    </message>
    <message>
        <source>Payment reference:</source>
        <translation>Ödəniş nömrəsi:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Qərar:</translation>
    </message>
    <message>
        <source>Service center:</source>
        <translation>Xidmət mərkəzi:</translation>
    </message>
    <message>
        <source>Service fields</source>
        <translation>Xidmətin sahələri</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>&amp;Sənədlər</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Tari&amp;xçə</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;inxronlaşdırma</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailPage</name>
    <message numerus="yes">
        <source>%Ln open conflict(s): see the Needs review tab.</source>
        <translation>
            <numerusform>%Ln açıq ziddiyyət: «Yoxlanılmalıdır» vərəqinə baxın.</numerusform>
            <numerusform>%Ln açıq ziddiyyət: «Yoxlanılmalıdır» vərəqinə baxın.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPrinter</name>
    <message>
        <source>Card %1 was recorded but not printed (%2): record it as spoiled.</source>
        <translation>%1 kartı qeydə alındı, lakin çap edilmədi (%2): onu zədələnmiş kimi qeyd edin.</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>&amp;Print card…</source>
        <translation>Kartı ç&amp;ap et…</translation>
    </message>
    <message>
        <source>Re&amp;print…</source>
        <translation>&amp;Təkrar çap…</translation>
    </message>
    <message>
        <source>Spoi&amp;led…</source>
        <translation>&amp;Zədələnib…</translation>
    </message>
    <message>
        <source>Print rec&amp;eipt…</source>
        <translation>Qə&amp;bzi çap et…</translation>
    </message>
    <message>
        <source>Reprinting the card of %1</source>
        <translation>%1 üçün kartın təkrar çapı</translation>
    </message>
    <message>
        <source>Card %1 recorded as spoiled; its number is voided.</source>
        <translation>%1 kartı zədələnmiş kimi qeyd edildi; nömrəsi ləğv edildi.</translation>
    </message>
    <message>
        <source>Card handed over: the application is issued.</source>
        <translation>Kart təhvil verildi: müraciət icra olunub.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Approved</source>
        <translation>Təsdiq edilib</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>İmtina edilib</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Baxılır</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Geri götürülüb</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Səbəb: %1</translation>
    </message>
    <message>
        <source>Decision in force (kept by the server)</source>
        <translation>Qüvvədə olan qərar (serverdə saxlanılıb)</translation>
    </message>
    <message>
        <source>Keep this decision</source>
        <translation>Bu qərarı saxla</translation>
    </message>
    <message>
        <source>The other decision (not applied)</source>
        <translation>Digər qərar (tətbiq edilməyib)</translation>
    </message>
    <message>
        <source>Take this decision</source>
        <translation>Bu qərarı qəbul et</translation>
    </message>
    <message>
        <source>Only a supervisor can choose between two decisions.</source>
        <translation>İki qərar arasında yalnız rəhbər seçim edə bilər.</translation>
    </message>
    <message>
        <source>The state machine has no step from &apos;%1&apos; to &apos;%2&apos;, so the other decision cannot be taken here; keeping the decision in force closes the conflict.</source>
        <translation>Statuslar sxemində &apos;%1&apos; vəziyyətindən &apos;%2&apos; vəziyyətinə keçid yoxdur, ona görə digər qərar burada qəbul edilə bilməz; qüvvədə olan qərarı saxlamaq ziddiyyəti bağlayır.</translation>
    </message>
    <message>
        <source>Chosen in the conflict review</source>
        <translation>Ziddiyyətə baxılarkən seçilib</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Müraciətçi</translation>
    </message>
    <message>
        <source>Service center</source>
        <translation>Xidmət mərkəzi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Qəbul tarixi</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Qəbul edən</translation>
    </message>
    <message>
        <source>Legal due date</source>
        <translation>Qanuni son tarix</translation>
    </message>
    <message>
        <source>Service fields</source>
        <translation>Xidmətin sahələri</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <source>Fee tier</source>
        <translation>Rüsum növü</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Rüsum</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Ödəniş nömrəsi</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>İcraçı</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Ata adı</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Vətəndaşlıq</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PİN</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FİN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoşəkil</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Səyahət sənədi</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>boş</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <source>(same)</source>
        <translation>(eyni)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Qəbul edilib: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 tarixinədək etibarlıdır</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mənimki</translation>
    </message>
    <message>
        <source>%1&apos;s change</source>
        <translation>%1 tərəfindən dəyişiklik</translation>
    </message>
    <message>
        <source>the applicant&apos;s data</source>
        <translation>müraciətçinin məlumatları</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>müraciət</translation>
    </message>
    <message>
        <source>Conflict on %1, recorded %2</source>
        <translation>Ziddiyyət: %1, qeydə alınıb %2</translation>
    </message>
    <message>
        <source>Your change, made on this workstation, could not be merged with the server&apos;s version.</source>
        <translation>Bu iş stansiyasında etdiyiniz dəyişiklik serverdəki versiya ilə birləşdirilə bilmədi.</translation>
    </message>
    <message>
        <source>A change by %1 on workstation %2 could not be merged with the server&apos;s version.</source>
        <translation>%1 tərəfindən %2 iş stansiyasında edilən dəyişiklik serverdəki versiya ilə birləşdirilə bilmədi.</translation>
    </message>
    <message>
        <source>Choose which value stays; your choice is saved as a new change and sent to the server.</source>
        <translation>Hansı dəyərin qalacağını seçin; seçiminiz yeni dəyişiklik kimi saxlanılır və serverə göndərilir.</translation>
    </message>
    <message>
        <source>&amp;Resolve conflict</source>
        <translation>Ziddiyyəti &amp;həll et</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Serverdəki dəyər</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mənimkini saxla</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Serverdəkini götür</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>Ziddiyyəti həll etmək mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Açıq ziddiyyət yoxdur.</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <source>Workstation stopped unexpectedly</source>
        <translation>İş stansiyası gözlənilmədən dayandı</translation>
    </message>
    <message>
        <source>The last session ended with an error. Nothing you saved was lost. Please copy the details below and send them to your IT support; they hold no personal data and no passwords.</source>
        <translation>Son seans xəta ilə bitdi. Saxladıqlarınızdan heç nə itməyib. Aşağıdakı təfərrüatı kopyalayıb İT dəstəyinə göndərin; orada şəxsi məlumat və parol yoxdur.</translation>
    </message>
    <message>
        <source>Crash details</source>
        <translation>Qəzanın təfərrüatı</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Təfərrüatı &amp;kopyala</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Received</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Qərar verilib</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Çap edildi</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Təhvil verilib</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Gecikib</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Müddəti yaxınlaşır</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xidmət</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Bu gün</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Bu həftə</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Keçən ay</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Bu il</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Dövr:</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Mərkəz</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Əməkdaş</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>Bütün mərkəzlər</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Bütün əməkdaşlar</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Hesabatlar…</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>Bu gün qəbul edilib</translation>
    </message>
    <message>
        <source>Received this week</source>
        <translation>Bu həftə qəbul edilib</translation>
    </message>
    <message>
        <source>Received in the period</source>
        <translation>Dövr ərzində qəbul edilib</translation>
    </message>
    <message>
        <source>Decided in the period</source>
        <translation>Dövr ərzində qərar verilib</translation>
    </message>
    <message>
        <source>Cards printed</source>
        <translation>Çap edilmiş kartlar</translation>
    </message>
    <message>
        <source>Cards issued</source>
        <translation>Təhvil verilmiş kartlar</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Hazırda gecikmiş</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>3 iş günü ərzində bitir</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>By &amp;service</source>
        <translation>&amp;Xidmət üzrə</translation>
    </message>
    <message>
        <source>By s&amp;tatus</source>
        <translation>&amp;Status üzrə</translation>
    </message>
    <message>
        <source>By o&amp;fficer</source>
        <translation>Ə&amp;məkdaş üzrə</translation>
    </message>
    <message>
        <source>By &amp;center</source>
        <translation>M&amp;ərkəz üzrə</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>İcmal paneli</translation>
    </message>
    <message>
        <source>My numbers</source>
        <translation>Mənim göstəricilərim</translation>
    </message>
    <message>
        <source>What you received, decided, printed and issued, and the work assigned to you</source>
        <translation>Qəbul etdikləriniz, qərar verdikləriniz, çap və təhvil verdikləriniz, həmçinin sizə təyin edilmiş işlər</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Hesablanır…</translation>
    </message>
    <message>
        <source>The numbers could not be counted: %1</source>
        <translation>Saylar hesablana bilmədi: %1</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(təyin edilməyib)</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Bu dövrdə heç nə yoxdur.</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>Received and decided per day</source>
        <translation>Gün üzrə qəbul edilib və qərar verilib</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Qərar verilib</translation>
    </message>
    <message>
        <source>Received %1, decided %2 in these %3 days</source>
        <translation>Bu %3 gündə qəbul edilib: %1, qərar verilib: %2</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Workstation — first run</source>
        <translation>İş stansiyası — ilk işə salma</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Qeydiyyatdan keçir</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Qeydiyyatdan keçirilir…</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Enrol this workstation</source>
        <translation>Bu iş stansiyasını qeydiyyatdan keçirin</translation>
    </message>
    <message>
        <source>This computer is not yet a workstation of a service center. Enter the address of the central server and the one-time code your administrator gave you.</source>
        <translation>Bu kompüter hələ xidmət mərkəzinin iş stansiyası deyil. Mərkəzi serverin ünvanını və administratorun verdiyi birdəfəlik kodu daxil edin.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serverin ünvanı:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serverin ünvanı</translation>
    </message>
    <message>
        <source>https://workstation.example.gov.az</source>
        <translation>https://workstation.example.gov.az</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Birdəfəlik &amp;kod:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Birdəfəlik kod</translation>
    </message>
    <message>
        <source>Workstation &amp;name:</source>
        <translation>İş stansiyasının &amp;adı:</translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation>İş stansiyasının adı</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Service filter</source>
        <translation>Xidmət filtri</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Bütün xidmətlər</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filtri</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Bütün statuslar</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Qəbul tarixindən</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Qəbul tarixinədək</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>İcraçı filtri</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>İstənilən</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mənə təyin edilib</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Təyin edilməyib</translation>
    </message>
    <message>
        <source>Rece&amp;ived:</source>
        <translation>&amp;Qəbul:</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>İc&amp;raçı:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>any</source>
        <translation>istənilən</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand the card over</source>
        <translation>Kartı təhvil ver</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Kart:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Sahibi:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Rüsum:</translation>
    </message>
    <message>
        <source>Payment reference:</source>
        <translation>Ödəniş nömrəsi:</translation>
    </message>
    <message>
        <source>I have &amp;checked the fee receipt against this payment reference</source>
        <translation>Rüsum qəbzini bu ödəniş nömrəsi ilə &amp;yoxladım</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Queue</source>
        <translation>Növbə</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>The password could not be checked: %1</source>
        <translation>Parolu yoxlamaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Kilidlənib</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>İş yeri kilidlənib</translation>
    </message>
    <message>
        <source>The session of %1 is locked. Enter the password to go on.</source>
        <translation>%1 sessiyası kilidlənib. Davam etmək üçün parolu daxil edin.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <source>Log in as &amp;another officer…</source>
        <translation>&amp;Başqa əməkdaş kimi daxil ol…</translation>
    </message>
    <message>
        <source>Ends this session; unsaved reception forms are kept by their recovery.</source>
        <translation>Bu sessiyanı bitirir; saxlanmamış qəbul formaları bərpa üçün saxlanılır.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Parolunuzu daxil edin.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <source>No activity: the session locks in %1 s. Move the mouse or press a key to stay.</source>
        <translation>Fəaliyyət yoxdur: sessiya %1 san. sonra kilidlənəcək. Qalmaq üçün siçanı tərpədin və ya düymə basın.</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Səviyyə</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Jurnal faylları</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Səviyyə:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Məlumat və yuxarı</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Xəbərdarlıqlar və xətalar</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Yalnız xətalar</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>S&amp;ahə:</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Bütün sahələr</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Jurnal sətirləri</translation>
    </message>
    <message>
        <source>%1 of %2 lines of %3</source>
        <translation>%3 faylının %2 sətrindən %1</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>The lock has ended: you can try again.</source>
        <translation>Blok bitdi: yenidən cəhd edə bilərsiniz.</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>%1 sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>Serverin ünvanı http:// və ya https:// ilə başlamalıdır.</translation>
    </message>
    <message>
        <source>Enter the one-time code from your administrator.</source>
        <translation>Administratorun verdiyi birdəfəlik kodu daxil edin.</translation>
    </message>
    <message>
        <source>This data folder is already enrolled.</source>
        <translation>Bu məlumat qovluğu artıq qeydiyyatdan keçib.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Serverə qoşulmaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>The server refused the code: %1</source>
        <translation>Server kodu qəbul etmədi: %1</translation>
    </message>
    <message>
        <source>This program is too old for the server: please update it.</source>
        <translation>Bu proqram server üçün köhnədir: onu yeniləyin.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>İstifadəçi adınızı və parolunuzu daxil edin.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>İstifadəçi adı və ya parol səhvdir.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the server refuses logins for a while.</source>
        <translation>Çox sayda səhv parol: server bir müddət girişləri qəbul etmir.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Server girişi rədd etdi: %1</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator; it can no longer log in on this workstation, online or offline.</source>
        <translation>Bu hesab deaktiv edilib. Administratora müraciət edin; o, bu iş stansiyasına nə onlayn, nə də oflayn daxil ola bilməz.</translation>
    </message>
    <message>
        <source>Offline login needs one online login on this workstation first.</source>
        <translation>Oflayn giriş üçün əvvəlcə bu iş stansiyasına bir dəfə onlayn daxil olmaq lazımdır.</translation>
    </message>
    <message>
        <source>The last online login is more than %1 days ago: offline login is no longer allowed.</source>
        <translation>Son onlayn girişdən %1 gündən çox keçib: oflayn girişə artıq icazə verilmir.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: locked for a while.</source>
        <translation>Çox sayda səhv parol: bir müddət bloklanıb.</translation>
    </message>
    <message>
        <source>Wrong password (%1 tries left before it locks).</source>
        <translation>Parol səhvdir (bloklanmadan əvvəl %1 cəhd qalıb).</translation>
    </message>
    <message>
        <source>The server cannot be reached. </source>
        <translation>Serverə qoşulmaq mümkün deyil. </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Workstation — log in</source>
        <translation>İş stansiyası — giriş</translation>
    </message>
    <message>
        <source>Center %1 · workstation %2
Server %3</source>
        <translation>Mərkəz %1 · iş stansiyası %2
Server %3</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Daxil ol</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>İstifadəçi adınızı və parolunuzu daxil edin.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Daxil olunur…</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Giriş alınmadı: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Wrong password (3 tries left before offline login locks).</source>
        <translation>Serverə qoşulmaq mümkün deyil. Parol səhvdir (oflayn giriş bloklanana qədər 3 cəhd qalıb).</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Sign in to the workstation</source>
        <translation>İş stansiyasına daxil olun</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>İ&amp;stifadəçi adı:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parol:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Login message</source>
        <translation>Giriş mesajı</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workstation — migration service</source>
        <translation>İş stansiyası — miqrasiya xidməti</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Yeni müraciət</translation>
    </message>
    <message>
        <source>Receive a new application (Ctrl+N)</source>
        <translation>Yeni müraciəti qəbul et (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>Seçiləni &amp;aç</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>Kartı ç&amp;ap et…</translation>
    </message>
    <message>
        <source>Printing cards comes with the card printing issue</source>
        <translation>Kartların çapı ayrıca əlavə olunacaq</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Axtar…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>İndi &amp;sinxronlaşdır</translation>
    </message>
    <message>
        <source>&amp;Log in again…</source>
        <translation>Yenidən &amp;daxil ol…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>&amp;Back to the queue</source>
        <translation>Növbəyə &amp;qayıt</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Proqram &amp;haqqında</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Müraciət</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinxronlaşdırma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Əsas alətlər paneli</translation>
    </message>
    <message>
        <source>That application no longer exists.</source>
        <translation>Bu müraciət artıq mövcud deyil.</translation>
    </message>
    <message>
        <source>Log in to sync.</source>
        <translation>Sinxronlaşdırmaq üçün daxil olun.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Daxil olunmayıb</translation>
    </message>
    <message>
        <source>offline login</source>
        <translation>oflayn giriş</translation>
    </message>
    <message>
        <source>About Workstation</source>
        <translation>İş stansiyası haqqında</translation>
    </message>
    <message>
        <source>Workstation %1
Officer desktop of the migration service.</source>
        <translation>İş stansiyası %1
Miqrasiya xidməti əməkdaşının iş masası.</translation>
    </message>
    <message>
        <source>Background task failed (%1): %2</source>
        <translation>Fon tapşırığı alınmadı (%1): %2</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <source>&amp;Log files…</source>
        <translation>&amp;Jurnal faylları…</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Print preview</source>
        <translation>Çapdan öncə baxış</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock the workstation&apos;s data</source>
        <translation>İş stansiyasının məlumatlarını açın</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key of the data folder. Choose a passphrase: it encrypts the applicants&apos; data on this computer, and it is asked at every start. Without it the data can only be synced again from the server.</source>
        <translation>Bu kompüterdə məlumat qovluğunun açarını saxlamaq üçün açar anbarı yoxdur. Parol ifadəsi seçin: o, müraciətçilərin bu kompüterdəki məlumatlarını şifrələyir və hər işə salmada soruşulur. Onsuz məlumatlar yalnız serverdən yenidən sinxronlaşdırıla bilər.</translation>
    </message>
    <message>
        <source>Type the passphrase that encrypts the data folder.</source>
        <translation>Məlumat qovluğunu şifrələyən parol ifadəsini yazın.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Parol ifadəsi təkrar</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parol ifadəsi:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Təkrar:</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Parol ifadəsini yazın.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Ən azı %n simvol istifadə edin.</numerusform>
            <numerusform>Ən azı %n simvol istifadə edin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>İki parol ifadəsi fərqlidir.</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop the photo (35 × 45 mm)</source>
        <translation>Fotoşəkli kəsin (35 × 45 mm)</translation>
    </message>
    <message>
        <source>Drag the frame to the face, drag its corner to resize it (the ratio stays 35 × 45 mm). Keys: arrows move, + and − resize. Head from the top third line to the chin near the bottom.</source>
        <translation>Çərçivəni üzə tərəf çəkin, ölçüsünü dəyişmək üçün küncündən çəkin (nisbət 35 × 45 mm qalır). Düymələr: oxlar hərəkət etdirir, + və − ölçünü dəyişir. Baş yuxarı üçdəbir xəttindən aşağıya yaxın çənəyədək.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print the card of the application shown, or of those selected in the queue (Ctrl+P)</source>
        <translation>Göstərilən müraciətin və ya növbədə seçilənlərin kartını çap et (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print &amp;journal…</source>
        <translation>Çap &amp;jurnalı…</translation>
    </message>
    <message>
        <source>This application has no card to print.</source>
        <translation>Bu müraciətin çap ediləcək kartı yoxdur.</translation>
    </message>
    <message>
        <source>Select approved applications to print.</source>
        <translation>Çap üçün təsdiq edilmiş müraciətləri seçin.</translation>
    </message>
    <message>
        <source>Print at most %1 cards at a time.</source>
        <translation>Bir dəfəyə ən çox %1 kart çap edin.</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>This user has never logged in on this workstation.</source>
        <translation>Bu istifadəçi bu iş stansiyasına heç vaxt daxil olmayıb.</translation>
    </message>
    <message>
        <source>This user&apos;s offline login has expired: log in online once.</source>
        <translation>Bu istifadəçinin oflayn girişinin müddəti bitib: bir dəfə onlayn daxil olun.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this user is locked for a while.</source>
        <translation>Çox sayda səhv parol: bu istifadəçi bir müddət bloklanıb.</translation>
    </message>
    <message>
        <source>Wrong user name or password (%1 tries left).</source>
        <translation>İstifadəçi adı və ya parol səhvdir (%1 cəhd qalıb).</translation>
    </message>
    <message>
        <source>A supervisor must enter their user name and password.</source>
        <translation>Rəhbər öz istifadəçi adını və parolunu daxil etməlidir.</translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor may approve a reprint.</source>
        <translation>%1 rəhbər deyil: təkrar çapı yalnız rəhbər təsdiq edə bilər.</translation>
    </message>
    <message>
        <source>Reprint card</source>
        <translation>Kartı təkrar çap et</translation>
    </message>
    <message>
        <source>Print card %1 of %2 again? The same number is printed; the reprint is recorded in the print journal with the reason and the approving supervisor.</source>
        <translation>%2 üçün %1 kartı yenidən çap edilsin? Eyni nömrə çap olunur; təkrar çap səbəbi və təsdiq edən rəhbərlə birlikdə çap jurnalında qeydə alınır.</translation>
    </message>
    <message>
        <source>Reason for the reprint</source>
        <translation>Təkrar çapın səbəbi</translation>
    </message>
    <message>
        <source>Supervisor&apos;s user name</source>
        <translation>Rəhbərin istifadəçi adı</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password</source>
        <translation>Rəhbərin parolu</translation>
    </message>
    <message>
        <source>You are a supervisor: the reprint is approved by you (%1).</source>
        <translation>Siz rəhbərsiniz: təkrar çap sizin tərəfinizdən təsdiq edilir (%1).</translation>
    </message>
    <message>
        <source>A supervisor enters their user name and password here to approve.</source>
        <translation>Təsdiq üçün rəhbər burada istifadəçi adını və parolunu daxil edir.</translation>
    </message>
    <message>
        <source>&amp;Approve and preview</source>
        <translation>&amp;Təsdiq et və bax</translation>
    </message>
    <message>
        <source>Write the reason for the reprint.</source>
        <translation>Təkrar çapın səbəbini yazın.</translation>
    </message>
    <message>
        <source>Record a spoiled card</source>
        <translation>Zədələnmiş kartı qeydə al</translation>
    </message>
    <message>
        <source>Record card %1 of %2 as spoiled? Its number is voided and never used again; keep the spoiled card for destruction. The next print takes a new number.</source>
        <translation>%2 üçün %1 kartı zədələnmiş kimi qeydə alınsın? Nömrəsi ləğv edilir və bir daha istifadə olunmur; zədələnmiş kartı məhv edilmək üçün saxlayın. Növbəti çap yeni nömrə götürür.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Səbəb (mütləqdir):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Record as &amp;spoiled</source>
        <translation>&amp;Zədələnmiş kimi qeyd et</translation>
    </message>
    <message>
        <source>Write why the card is spoiled.</source>
        <translation>Kartın niyə zədələndiyini yazın.</translation>
    </message>
    <message>
        <source>Hand the card over</source>
        <translation>Kartı təhvil ver</translation>
    </message>
    <message>
        <source>Hand the card to its holder. Check the holder&apos;s identity and the fee receipt.</source>
        <translation>Kartı sahibinə təhvil verin. Sahibinin şəxsiyyətini və rüsum qəbzini yoxlayın.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>qeydə alınmayıb</translation>
    </message>
    <message>
        <source>Fee receipt checked</source>
        <translation>Rüsum qəbzi yoxlanılıb</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Təhvil ver</translation>
    </message>
    <message>
        <source>Tick the box once you have checked the fee receipt.</source>
        <translation>Rüsum qəbzini yoxladıqdan sonra qutunu işarələyin.</translation>
    </message>
</context>
<context>
    <name>PrintJournal</name>
    <message>
        <source>Printed</source>
        <translation>Çap edildi</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Təkrar çap edildi</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Zədələndi</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Təhvil verildi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kart nömrəsi</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Müraciət</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Sahibi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>İş stansiyası</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Nüsxə</translation>
    </message>
    <message>
        <source>Reason / approved by</source>
        <translation>Səbəb / təsdiq edən</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>təsdiq edən: %1</translation>
    </message>
    <message>
        <source>Print journal</source>
        <translation>Çap jurnalı</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Başlanğıc gün</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <source>Print journal entries</source>
        <translation>Çap jurnalının qeydləri</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Xəta: %1</translation>
    </message>
    <message>
        <source>The newest %1 entries: narrow the filter to see older ones.</source>
        <translation>Ən yeni %1 qeyd: köhnələri görmək üçün filtri daraldın.</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 qeyd</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Başlanğıc:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Son:</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>Kart &amp;nömrəsi:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>istənilən</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print card</source>
        <translation>Kartı çap et</translation>
    </message>
    <message>
        <source>Reprint card</source>
        <translation>Kartı təkrar çap et</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Qəbzi çap et</translation>
    </message>
    <message>
        <source>Applications to print</source>
        <translation>Çap ediləcək müraciətlər</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Sığdır</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Miqyas</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ç&amp;ap et…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
    <message>
        <source>Acknowledgement receipt, A5. It prints at true size.</source>
        <translation>Qəbul qəbzi, A5. Əsl ölçüdə çap olunur.</translation>
    </message>
    <message>
        <source>Reprint of the same card (same number), approved by %1. Reason: %2</source>
        <translation>Eyni kartın təkrar çapı (eyni nömrə), təsdiq edən: %1. Səbəb: %2</translation>
    </message>
    <message>
        <source>The card number is taken from this workstation&apos;s leased block when you print: the preview shows the next free number. The card prints at true size (85.60 × 53.98 mm), front then back.</source>
        <translation>Kart nömrəsi çap zamanı bu iş stansiyasına ayrılmış blokdan götürülür: önbaxış növbəti boş nömrəni göstərir. Kart əsl ölçüdə (85,60 × 53,98 mm) çap olunur: əvvəl üz, sonra arxa tərəf.</translation>
    </message>
    <message>
        <source>%1 applications, one card each. </source>
        <translation>%1 müraciət, hər birinə bir kart. </translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Hazırlanır…</translation>
    </message>
    <message>
        <source>Nothing to print for this application.</source>
        <translation>Bu müraciət üçün çap ediləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <source>Cannot print: %1</source>
        <translation>Çap etmək mümkün deyil: %1</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Çap edilmədi</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Çap olunur…</translation>
    </message>
    <message>
        <source>Printed: card %1</source>
        <translation>Çap edildi: kart %1</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Çap edildi</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Çap edilmədi: %1</translation>
    </message>
    <message>
        <source>Printed: %1. Not printed: %2 (see the list).</source>
        <translation>Çap edildi: %1. Çap edilmədi: %2 (siyahıya baxın).</translation>
    </message>
    <message>
        <source>Printed: %1.</source>
        <translation>Çap edildi: %1.</translation>
    </message>
    <message>
        <source>Card numbers: %1</source>
        <translation>Kart nömrələri: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Çapdan öncə baxış</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Miqyas:</translation>
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
        <translation>Saxla</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Hamısını saxla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Hamısına bəli</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ha&amp;mısına xeyr</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dayandır</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Təkrarla</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Nəzərə alma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standart dəyərlər</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Müraciətçi</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Vətəndaşlıq</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Qəbul tarixi</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>İcraçı</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinxron</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(qaralama)</translation>
    </message>
    <message>
        <source>Overdue: the deadline passed</source>
        <translation>Gecikib: son tarix keçib</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>3 iş günü ərzində bitir</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>&amp;Assign to me</source>
        <translation>Mənə &amp;təyin et</translation>
    </message>
    <message>
        <source>Request &amp;documents…</source>
        <translation>Sə&amp;nəd tələb et…</translation>
    </message>
    <message>
        <source>Print &amp;cards…</source>
        <translation>&amp;Kartları çap et…</translation>
    </message>
    <message>
        <source>One print preview of the selected applications</source>
        <translation>Seçilmiş müraciətlərin bir çap önbaxışı</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Müraciətlər</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Xəta: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Axtarış: %1</translation>
    </message>
    <message>
        <source>No application matches “%1”.</source>
        <translation>“%1” üzrə müraciət tapılmadı.</translation>
    </message>
    <message>
        <source>No applications here.</source>
        <translation>Burada müraciət yoxdur.</translation>
    </message>
    <message>
        <source>Some filters are set: clear them to see more.</source>
        <translation>Bəzi filtrlər qoyulub: daha çoxunu görmək üçün onları təmizləyin.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln müraciət</numerusform>
            <numerusform>%Ln müraciət</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
    <message>
        <source>Too many applications</source>
        <translation>Müraciət çox çoxdur</translation>
    </message>
    <message>
        <source>Select at most %1 applications for this action.</source>
        <translation>Bu əməliyyat üçün ən çox %1 müraciət seçin.</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Sizə təyin edildi</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Sənədlər tələb edildi</translation>
    </message>
    <message>
        <source>not possible for %1</source>
        <translation>%1 üçün mümkün deyil</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Saxlanılmadı</translation>
    </message>
</context>
<context>
    <name>QueueSidebar</name>
    <message>
        <source>Queues</source>
        <translation>Növbələr</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>My work</source>
        <translation>Mənim işlərim</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>Sənədlər gözlənilir</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Baxılır</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Qərar verilib</translation>
    </message>
    <message>
        <source>Ready to print</source>
        <translation>Çapa hazırdır</translation>
    </message>
    <message>
        <source>Ready to issue</source>
        <translation>Təhvilə hazırdır</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Yoxlanılmalıdır</translation>
    </message>
    <message>
        <source>Rejected by server</source>
        <translation>Server rədd edib</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Qaralamalar</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Decision</source>
        <translation>Qərar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Səbəb:</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>Confirm with your password</source>
        <translation>Parolunuzla təsdiq edin</translation>
    </message>
    <message>
        <source>%1 needs your password again.
Logged in as %2.</source>
        <translation>%1 üçün parolunuz yenidən lazımdır.
Daxil olan: %2.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parol:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Təsdiq et</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Parolunuzu daxil edin.</translation>
    </message>
    <message>
        <source>The password could not be checked: %1</source>
        <translation>Parolu yoxlamaq mümkün olmadı: %1</translation>
    </message>
</context>
<context>
    <name>ReceptionApplicant</name>
    <message>
        <source>— choose —</source>
        <translation>— seçin —</translation>
    </message>
    <message>
        <source>M — male</source>
        <translation>M — kişi</translation>
    </message>
    <message>
        <source>F — female</source>
        <translation>F — qadın</translation>
    </message>
    <message>
        <source>X — unspecified</source>
        <translation>X — göstərilməyib</translation>
    </message>
    <message>
        <source>Ordinary passport</source>
        <translation>Ümumvətəndaş pasportu</translation>
    </message>
    <message>
        <source>Service passport</source>
        <translation>Xidməti pasport</translation>
    </message>
    <message>
        <source>Diplomatic passport</source>
        <translation>Diplomatik pasport</translation>
    </message>
    <message>
        <source>Other travel document</source>
        <translation>Digər səyahət sənədi</translation>
    </message>
    <message>
        <source>New applicant: a person record is created when the form is saved.</source>
        <translation>Yeni müraciətçi: forma saxlanılanda şəxs qeydi yaradılır.</translation>
    </message>
    <message>
        <source>Existing applicant: changes here update their record when saved.</source>
        <translation>Mövcud müraciətçi: buradakı dəyişikliklər saxlanılanda onun qeydini yeniləyir.</translation>
    </message>
    <message>
        <source>Nobody found: fill in a new applicant below.</source>
        <translation>Heç kim tapılmadı: aşağıda yeni müraciətçini doldurun.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likely duplicate.&lt;/b&gt; A person with passport number %1 is already known:</source>
        <translation>&lt;b&gt;Ehtimal ki, təkrardır.&lt;/b&gt; %1 nömrəli pasportu olan şəxs artıq məlumdur:</translation>
    </message>
    <message>
        <source>Use that person, or confirm that this is somebody else.</source>
        <translation>Həmin şəxsi seçin və ya bunun başqa şəxs olduğunu təsdiq edin.</translation>
    </message>
    <message>
        <source>Filled from the passport (all check digits correct). Compare the names with the passport&apos;s visual zone and restore letters such as ə, ş, ç, ğ, ö, ü.</source>
        <translation>Pasportdan dolduruldu (bütün yoxlama rəqəmləri düzgündür). Adları pasportun vizual zonası ilə müqayisə edin və ə, ş, ç, ğ, ö, ü kimi hərfləri bərpa edin.</translation>
    </message>
    <message>
        <source>Bad check digit in the passport&apos;s zone: %1 (%2). Nothing was filled: scan again or type the data by hand.</source>
        <translation>Pasportun zonasında yoxlama rəqəmi səhvdir: %1 (%2). Heç nə doldurulmadı: yenidən skan edin və ya məlumatları əl ilə yazın.</translation>
    </message>
    <message>
        <source>The passport&apos;s zone could not be read: %1. Nothing was filled.</source>
        <translation>Pasportun zonasını oxumaq mümkün olmadı: %1. Heç nə doldurulmadı.</translation>
    </message>
</context>
<context>
    <name>ReceptionChecklist</name>
    <message>
        <source>Ticked when the original or a copy has been received</source>
        <translation>Əsli və ya surəti qəbul edildikdə işarələnir</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Qoş…</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>%1 sənədinə fayl qoş</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Checking and storing the file…</source>
        <translation>Fayl yoxlanılır və saxlanılır…</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Fayl qoşulmayıb</translation>
    </message>
</context>
<context>
    <name>ReceptionFees</name>
    <message>
        <source>choose the term first</source>
        <translation>əvvəlcə müddəti seçin</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>ödənişsiz</translation>
    </message>
    <message>
        <source>%1 (%2 working days from today)</source>
        <translation>%1 (bu gündən %2 iş günü)</translation>
    </message>
    <message>
        <source>%1 (%2 months from today)</source>
        <translation>%1 (bu gündən %2 ay)</translation>
    </message>
</context>
<context>
    <name>ReceptionFields</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>gg.aa.iiii</translation>
    </message>
    <message>
        <source>+994 50 123 45 67</source>
        <translation>+994 50 123 45 67</translation>
    </message>
    <message>
        <source>name@example.az</source>
        <translation>ad@example.az</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 rəqəm</translation>
    </message>
    <message>
        <source>ISO code, e.g. TUR</source>
        <translation>ISO kodu, məs. TUR</translation>
    </message>
    <message>
        <source>AZN</source>
        <translation>AZN</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— seçin —</translation>
    </message>
</context>
<context>
    <name>ReceptionFiles</name>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Sənədlər (*.pdf *.jpg *.jpeg *.png);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Şəkillər (*.jpg *.jpeg *.png);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>“%1” is %2; a file may have at most %3.</source>
        <translation>“%1” faylının ölçüsü %2-dir; fayl ən çox %3 ola bilər.</translation>
    </message>
    <message>
        <source>“%1” is not a PDF, JPEG or PNG file (judged by its content, not its name).</source>
        <translation>“%1” PDF, JPEG və ya PNG faylı deyil (adına görə deyil, məzmununa görə).</translation>
    </message>
    <message>
        <source>“%1” is not a picture: import the photo as a JPEG or PNG file.</source>
        <translation>“%1” şəkil deyil: fotoşəkli JPEG və ya PNG faylı kimi idxal edin.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” boşdur.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” oxuna bilmir: %2.</translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation>Heç nə qoşulmadı.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Sənəd qoş</translation>
    </message>
    <message>
        <source>The file could not be stored: %1</source>
        <translation>Faylı saxlamaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>Import the applicant&apos;s photo</source>
        <translation>Müraciətçinin fotoşəklini idxal et</translation>
    </message>
    <message>
        <source>This picture cannot be read.</source>
        <translation>Bu şəkil oxuna bilmir.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Fotoşəkil yoxdur</translation>
    </message>
    <message>
        <source>Photo missing</source>
        <translation>Fotoşəkil çatışmır</translation>
    </message>
</context>
<context>
    <name>ReceptionForm</name>
    <message>
        <source>— choose the service —</source>
        <translation>— xidməti seçin —</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>Attach a scan with the button or drop a PDF, JPEG or PNG file on its line.</source>
        <translation>Skan edilmiş surəti düymə ilə qoşun və ya PDF, JPEG, PNG faylını sətrinin üzərinə atın.</translation>
    </message>
    <message>
        <source>Choose the service: its documents are listed here.</source>
        <translation>Xidməti seçin: onun sənədləri burada sadalanır.</translation>
    </message>
    <message>
        <source>Required: not received yet (the application can still be received; documents can be requested later).</source>
        <translation>Mütləqdir: hələ qəbul edilməyib (müraciət yenə də qəbul edilə bilər; sənədlər sonra tələb oluna bilər).</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Müraciət %1</translation>
    </message>
    <message>
        <source>Draft application</source>
        <translation>Müraciət qaralaması</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Yeni müraciət</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Qəbul</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ləğv et</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Qaralamanı &amp;saxla</translation>
    </message>
    <message>
        <source>Save the form as a draft (Ctrl+S)</source>
        <translation>Formanı qaralama kimi saxla (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Qəbul et</translation>
    </message>
    <message>
        <source>Receive the application under a new number (Ctrl+Enter)</source>
        <translation>Müraciəti yeni nömrə ilə qəbul et (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>1. Service</source>
        <translation>1. Xidmət</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Xidmət:</translation>
    </message>
    <message>
        <source>2. Applicant</source>
        <translation>2. Müraciətçi</translation>
    </message>
    <message>
        <source>Find a&amp;pplicant:</source>
        <translation>Müraciətçini &amp;tap:</translation>
    </message>
    <message>
        <source>passport number or name (any spelling)</source>
        <translation>pasport nömrəsi və ya ad (istənilən yazılış)</translation>
    </message>
    <message>
        <source>&amp;New applicant</source>
        <translation>Ye&amp;ni müraciətçi</translation>
    </message>
    <message>
        <source>Use the existing person</source>
        <translation>Mövcud şəxsi istifadə et</translation>
    </message>
    <message>
        <source>It is another person: keep as new</source>
        <translation>Bu başqa şəxsdir: yeni kimi saxla</translation>
    </message>
    <message>
        <source>MR&amp;Z (passport reader):</source>
        <translation>MR&amp;Z (pasport oxuyucusu):</translation>
    </message>
    <message>
        <source>Scan the passport: the two lines at the bottom of its photo page are read here</source>
        <translation>Pasportu skan edin: şəkilli səhifənin aşağısındakı iki sətir burada oxunur</translation>
    </message>
    <message>
        <source>Surn&amp;ame:</source>
        <translation>S&amp;oyad:</translation>
    </message>
    <message>
        <source>as in the passport, Latin letters</source>
        <translation>pasportda olduğu kimi, latın hərfləri ilə</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Patron&amp;ymic:</source>
        <translation>Ata ad&amp;ı:</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>varsa</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Cins:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Doğum tarixi:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>gg.aa.iiii</translation>
    </message>
    <message>
        <source>Birth p&amp;lace:</source>
        <translation>Doğum &amp;yeri:</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Vətəndaşlıq:</translation>
    </message>
    <message>
        <source>ISO code, e.g. RUS, TUR; XXA stateless</source>
        <translation>ISO kodu, məs. RUS, TUR; XXA vətəndaşlığı olmayan</translation>
    </message>
    <message>
        <source>Docum&amp;ent type:</source>
        <translation>S&amp;ənədin növü:</translation>
    </message>
    <message>
        <source>Passport nu&amp;mber:</source>
        <translation>&amp;Pasport nömrəsi:</translation>
    </message>
    <message>
        <source>series and number, no spaces</source>
        <translation>seriya və nömrə, boşluqsuz</translation>
    </message>
    <message>
        <source>&amp;Issuing state:</source>
        <translation>Verən d&amp;övlət:</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO kodu</translation>
    </message>
    <message>
        <source>Issued &amp;on:</source>
        <translation>Verilmə ta&amp;rixi:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>&amp;Etibarlıdır:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PİN:</translation>
    </message>
    <message>
        <source>on an earlier card, if any</source>
        <translation>əvvəlki kartda, varsa</translation>
    </message>
    <message>
        <source>FIN:</source>
        <translation>FİN:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>+994 50 123 45 67</source>
        <translation>+994 50 123 45 67</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-poçt:</translation>
    </message>
    <message>
        <source>Address in Azerbai&amp;jan:</source>
        <translation>Azər&amp;baycanda ünvan:</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Fotoşəkil yoxdur</translation>
    </message>
    <message>
        <source>Import photo…</source>
        <translation>Fotoşəkli idxal et…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Fotoşəkli sil</translation>
    </message>
    <message>
        <source>3. Service details</source>
        <translation>3. Xidmətin təfərrüatı</translation>
    </message>
    <message>
        <source>4. Documents</source>
        <translation>4. Sənədlər</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önbaxış</translation>
    </message>
    <message>
        <source>Select an attached document to see it here</source>
        <translation>Burada görmək üçün qoşulmuş sənədi seçin</translation>
    </message>
    <message>
        <source>5. Fee and deadline</source>
        <translation>5. Rüsum və müddət</translation>
    </message>
    <message>
        <source>Fee &amp;tier:</source>
        <translation>R&amp;üsum növü:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Rüsum:</translation>
    </message>
    <message>
        <source>Payment re&amp;ference:</source>
        <translation>Ödəniş nö&amp;mrəsi:</translation>
    </message>
    <message>
        <source>receipt or transfer number</source>
        <translation>qəbz və ya köçürmə nömrəsi</translation>
    </message>
    <message>
        <source>Legal due date:</source>
        <translation>Qanuni son tarix:</translation>
    </message>
</context>
<context>
    <name>ReceptionPreview</name>
    <message>
        <source>Select an attached document to see it here</source>
        <translation>Burada görmək üçün qoşulmuş sənədi seçin</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Hazırlanır…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>Bu fayl göstərilə bilmir.</translation>
    </message>
    <message>
        <source>This file cannot be shown: %1</source>
        <translation>Bu fayl göstərilə bilmir: %1</translation>
    </message>
</context>
<context>
    <name>ReceptionSave</name>
    <message>
        <source>This application was received already; it is shown read-only.</source>
        <translation>Bu müraciət artıq qəbul edilib; yalnız baxış üçün göstərilir.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Qaralama</translation>
    </message>
    <message>
        <source>The draft could not be opened: %1</source>
        <translation>Qaralamanı açmaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>Restore unsaved reception of %1?</source>
        <translation>%1 tarixli saxlanılmamış qəbul bərpa edilsin?</translation>
    </message>
    <message>
        <source>(applicant: %1)</source>
        <translation>(müraciətçi: %1)</translation>
    </message>
    <message>
        <source>The unsaved reception was restored.</source>
        <translation>Saxlanılmamış qəbul bərpa edildi.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Bərpa et</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Choose the service before saving a draft.</source>
        <translation>Qaralamanı saxlamazdan əvvəl xidməti seçin.</translation>
    </message>
    <message>
        <source>A draft needs the applicant&apos;s data without errors: %1 to fix (marked in red). Everything typed is kept.</source>
        <translation>Qaralama üçün müraciətçinin məlumatları səhvsiz olmalıdır: düzəldilməli %1 (qırmızı ilə işarələnib). Yazılanların hamısı saxlanılır.</translation>
    </message>
    <message>
        <source>The application cannot be received yet: %1 to fix, marked in red. First: %2</source>
        <translation>Müraciəti hələ qəbul etmək olmaz: düzəldilməli %1, qırmızı ilə işarələnib. Birincisi: %2</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Qəbul edilir…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saxlanılır…</translation>
    </message>
    <message>
        <source>Received · due %1</source>
        <translation>Qəbul edilib · son tarix %1</translation>
    </message>
    <message>
        <source>Received as %1 at %2. Legal due date: %3.</source>
        <translation>%1 nömrəsi ilə %2-də qəbul edildi. Qanuni son tarix: %3.</translation>
    </message>
    <message>
        <source>Draft · saved at %1</source>
        <translation>Qaralama · %1-də saxlanılıb</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Qaralama %1-də saxlanıldı.</translation>
    </message>
    <message>
        <source>Nothing was saved; everything typed is kept.</source>
        <translation>Heç nə saxlanılmadı; yazılanların hamısı qalır.</translation>
    </message>
    <message>
        <source>A person with this passport number is already known. Use that person or confirm a new one, then save again.</source>
        <translation>Bu pasport nömrəsi olan şəxs artıq məlumdur. Həmin şəxsi seçin və ya yenisini təsdiq edin, sonra yenidən saxlayın.</translation>
    </message>
    <message>
        <source>No application numbers are left on this workstation, so the application cannot be received now. Save it as a draft and receive it after the next sync brings new numbers (the server leases them).</source>
        <translation>Bu iş stansiyasında müraciət nömrəsi qalmayıb, ona görə müraciət indi qəbul edilə bilməz. Onu qaralama kimi saxlayın və növbəti sinxronlaşdırma yeni nömrələr gətirəndən sonra qəbul edin (nömrələri server ayırır).</translation>
    </message>
    <message>
        <source>This application is no longer a draft (it is %1 now) and cannot be changed here.</source>
        <translation>Bu müraciət artıq qaralama deyil (indi statusu: %1) və burada dəyişdirilə bilməz.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Saxlamaq alınmadı: %1</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>Bütün mərkəzlər</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Mərkəz</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Bütün əməkdaşlar</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Əməkdaş</translation>
    </message>
    <message>
        <source>Officers report their own work</source>
        <translation>Əməkdaşlar öz işləri üzrə hesabat alır</translation>
    </message>
    <message>
        <source>&amp;PDF document</source>
        <translation>&amp;PDF sənədi</translation>
    </message>
    <message>
        <source>C&amp;SV for a spreadsheet</source>
        <translation>Cədvəl üçün C&amp;SV</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Hesabatın dili</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Belə saxla</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;eç…</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Dövr:</translation>
    </message>
    <message>
        <source>&amp;Center:</source>
        <translation>&amp;Mərkəz:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Əməkdaş:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Di&amp;l:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Belə saxla:</translation>
    </message>
    <message>
        <source>&amp;Save report</source>
        <translation>&amp;Hesabatı saxla</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF sənədləri (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Hesabatı belə saxla</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Dövrün sonu başlanğıcından əvvəldir.</translation>
    </message>
    <message numerus="yes">
        <source>The period is longer than %n day(s).</source>
        <translation>
            <numerusform>Dövr %n gündən uzundur.</numerusform>
            <numerusform>Dövr %n gündən uzundur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Hesabatın harada saxlanacağını seçin.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 qovluqdur: fayl adı verin.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Hesabat yazılır…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 faylına saxlanıldı</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Hesabat %1 faylına saxlanıldı</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Hesabat saxlanılmadı: %1</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint card</source>
        <translation>Kartı təkrar çap et</translation>
    </message>
    <message>
        <source>&amp;Reason for the reprint (required):</source>
        <translation>Təkrar çapın &amp;səbəbi (mütləqdir):</translation>
    </message>
    <message>
        <source>Supervisor&apos;s approval</source>
        <translation>Rəhbərin təsdiqi</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;user name:</source>
        <translation>R&amp;əhbərin istifadəçi adı:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s pass&amp;word:</source>
        <translation>Rəhbərin pa&amp;rolu:</translation>
    </message>
</context>
<context>
    <name>RequestDocumentsDialog</name>
    <message>
        <source>Request documents</source>
        <translation>Sənəd tələb et</translation>
    </message>
    <message numerus="yes">
        <source>Which documents are missing? The applicants of the %Ln application(s) are asked for them.</source>
        <translation>
            <numerusform>Hansı sənədlər çatışmır? Müraciətçidən onlar tələb olunacaq.</numerusform>
            <numerusform>Hansı sənədlər çatışmır? %Ln müraciətin müraciətçilərindən onlar tələb olunacaq.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Çatışmayan sənədlər</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Tələb et</translation>
    </message>
    <message>
        <source>Tick the documents the applicant still has to bring. They are recorded on the checklist and in the request.</source>
        <translation>Müraciətçinin hələ gətirməli olduğu sənədləri işarələyin. Onlar siyahıda və tələbdə qeydə alınır.</translation>
    </message>
    <message>
        <source>&amp;Note to the applicant (optional):</source>
        <translation>Müraciətçiyə &amp;qeyd (istəyə görə):</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Officer</source>
        <translation>əməkdaş</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>rəhbər</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search applications</source>
        <translation>Müraciətləri axtar</translation>
    </message>
    <message>
        <source>Search: name, passport, FIN/PIN, number (Ctrl+F)</source>
        <translation>Axtarış: ad, pasport, FİN/PİN, nömrə (Ctrl+F)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>qaralama</translation>
    </message>
    <message>
        <source>No application matches “%1”</source>
        <translation>“%1” üzrə müraciət tapılmadı</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>Hər dəfə soruş</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// on a test network).</source>
        <translation>Serverin ünvanı https:// ilə başlamalıdır (sınaq şəbəkəsində http:// ilə).</translation>
    </message>
    <message>
        <source>These settings belong to this computer. Passwords are never kept here: they stay in the system keyring.</source>
        <translation>Bu parametrlər bu kompüterə aiddir. Parollar burada saxlanılmır: onlar sistemin açar anbarında qalır.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Di&amp;l:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serverin ünvanı:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serverin ünvanı</translation>
    </message>
    <message>
        <source>https://workstation.example.gov.az</source>
        <translation>https://workstation.example.gov.az</translation>
    </message>
    <message>
        <source>&amp;Card printer:</source>
        <translation>&amp;Kart printeri:</translation>
    </message>
    <message>
        <source>Card printer</source>
        <translation>Kart printeri</translation>
    </message>
    <message>
        <source>&amp;Receipt printer:</source>
        <translation>&amp;Qəbz printeri:</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Qəbz printeri</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;inxronlaşdırma aralığı:</translation>
    </message>
    <message>
        <source>Sync interval in seconds</source>
        <translation>Sinxronlaşdırma aralığı, saniyə</translation>
    </message>
    <message>
        <source> s</source>
        <translation> san</translation>
    </message>
    <message>
        <source>&amp;Offline login valid for:</source>
        <translation>&amp;Oflayn girişin müddəti:</translation>
    </message>
    <message>
        <source>Days an offline login stays valid</source>
        <translation>Oflayn girişin etibarlı olduğu günlər</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>Lock when &amp;idle after:</source>
        <translation>Fəaliyyətsizlikdə &amp;blokla:</translation>
    </message>
    <message>
        <source>Minutes before an idle session locks</source>
        <translation>Fəaliyyətsiz seansın bloklanmasına qədər dəqiqələr</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Mətn ölçüsü:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Mətn ölçüsü</translation>
    </message>
    <message>
        <source>&amp;High contrast:</source>
        <translation>&amp;Yüksək kontrast:</translation>
    </message>
    <message>
        <source>High contrast colours</source>
        <translation>Yüksək kontrastlı rənglər</translation>
    </message>
    <message>
        <source>White text on black, yellow focus</source>
        <translation>Qara üzərində ağ mətn, sarı fokus</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Qaralama</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>Sənədlər gözlənilir</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Baxılır</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Təsdiq edilib</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>İmtina edilib</translation>
    </message>
    <message>
        <source>Card printed</source>
        <translation>Kart çap edilib</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Təhvil verilib</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Geri götürülüb</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>logged in offline</source>
        <translation>oflayn daxil olub</translation>
    </message>
    <message>
        <source>Log in again to continue syncing; nothing waiting is lost.</source>
        <translation>Sinxronlaşdırmanı davam etdirmək üçün yenidən daxil olun; gözləyən heç nə itmir.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Not sent</source>
        <translation>Gözləyir</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sinxron</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Ziddiyyət</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rədd edilib</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Göndərilməyi gözləyən dəyişikliklər</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Son sinxronlaşdırma</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Yenidən daxil ol…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>İndi sinxronlaşdır</translation>
    </message>
    <message>
        <source>Send and receive changes now (F5)</source>
        <translation>Dəyişiklikləri indi göndər və al (F5)</translation>
    </message>
    <message>
        <source>⚠ Login not remembered</source>
        <translation>⚠ Giriş yadda saxlanılmadı</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Onlayn</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Oflayn</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinxronlaşdırılır…</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sinxronlaşdırma xətası</translation>
    </message>
    <message>
        <source>Login required</source>
        <translation>Giriş tələb olunur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln dəyişiklik gözləyir</numerusform>
            <numerusform>%Ln dəyişiklik gözləyir</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Bütün dəyişikliklər göndərilib</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Son sinxronlaşdırma %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Heç vaxt sinxronlaşdırılmayıb</translation>
    </message>
</context>
</TS>
