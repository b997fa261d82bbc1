<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name />
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Counts of the period, overdue work, per officer and center (Ctrl+D)</source>
        <translation>Counts of the period, overdue work, per officer and center (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Sync protocol</source>
        <translation>Sync protocol</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Database schema</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>About Workstation</source>
        <translation>About Workstation</translation>
    </message>
    <message>
        <source>Officer desktop of the migration service.</source>
        <translation>Officer desktop of the migration service.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the versions</source>
        <translation>Copy the versions</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (schema %2)</translation>
    </message>
</context>
<context>
    <name>ApplicationDetail</name>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Comment (optional):</translation>
    </message>
    <message>
        <source>Request documents</source>
        <translation>Request documents</translation>
    </message>
    <message>
        <source>Documents not received</source>
        <translation>Documents not received</translation>
    </message>
    <message>
        <source>Note to the applicant</source>
        <translation>Note to the applicant</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <source>Every document on the checklist has been received.</source>
        <translation>Every document on the checklist has been received.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Tick at least one missing document or write a note.</source>
        <translation>Tick at least one missing document or write a note.</translation>
    </message>
    <message>
        <source>Document checklist</source>
        <translation>Document checklist</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Select a document with a file to see it here.</source>
        <translation>Select a document with a file to see it here.</translation>
    </message>
    <message>
        <source>Preview of the attachment</source>
        <translation>Preview of the attachment</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Missing (required)</source>
        <translation>Missing (required)</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>Applicant's photo</source>
        <translation>Applicant's photo</translation>
    </message>
    <message>
        <source>No file is attached to this application.</source>
        <translation>No file is attached to this application.</translation>
    </message>
    <message>
        <source>No file is attached to this document.</source>
        <translation>No file is attached to this document.</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Loading preview…</translation>
    </message>
    <message>
        <source>The file of this document is damaged or missing on this computer, so it cannot be shown. Attach the document again, or synchronise to fetch it from the server.</source>
        <translation>The file of this document is damaged or missing on this computer, so it cannot be shown. Attach the document again, or synchronise to fetch it from the server.</translation>
    </message>
    <message>
        <source>This file was never recorded on this computer. Synchronise to fetch it.</source>
        <translation>This file was never recorded on this computer. Synchronise to fetch it.</translation>
    </message>
    <message>
        <source>This file cannot be previewed: %1</source>
        <translation>This file cannot be previewed: %1</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>The preview failed: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>History of the application</source>
        <translation>History of the application</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Unspecified</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Diplomatic</source>
        <translation>Diplomatic</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(no number yet)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <source>(due soon)</source>
        <translation>(due soon)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>This service has no fields of its own.</source>
        <translation>This service has no fields of its own.</translation>
    </message>
    <message>
        <source>Approve this application? The decision is recorded with your name.</source>
        <translation>Approve this application? The decision is recorded with your name.</translation>
    </message>
    <message>
        <source>Refuse this application? The applicant will be told the reason.</source>
        <translation>Refuse this application? The applicant will be told the reason.</translation>
    </message>
    <message>
        <source>Withdraw this application? It cannot be reopened afterwards.</source>
        <translation>Withdraw this application? It cannot be reopened afterwards.</translation>
    </message>
    <message>
        <source>Confirm that the card was handed to the holder.</source>
        <translation>Confirm that the card was handed to the holder.</translation>
    </message>
    <message>
        <source>Documents requested.</source>
        <translation>Documents requested.</translation>
    </message>
    <message>
        <source>Marked as having its documents.</source>
        <translation>Marked as having its documents.</translation>
    </message>
    <message>
        <source>Sent to review.</source>
        <translation>Sent to review.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>Refused.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Withdrawn.</translation>
    </message>
    <message>
        <source>Marked as issued.</source>
        <translation>Marked as issued.</translation>
    </message>
    <message>
        <source>Application not found</source>
        <translation>Application not found</translation>
    </message>
    <message>
        <source>This application is not in the local database.</source>
        <translation>This application is not in the local database.</translation>
    </message>
    <message>
        <source>The application could not be shown</source>
        <translation>The application could not be shown</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>The server refused a change: %1</translation>
    </message>
    <message>
        <source>Version on the server: %1</source>
        <translation>Version on the server: %1</translation>
    </message>
    <message>
        <source>&amp;Needs review</source>
        <translation>&amp;Needs review</translation>
    </message>
    <message>
        <source>No status action is open to you for this application.</source>
        <translation>No status action is open to you for this application.</translation>
    </message>
    <message>
        <source>Approving %1</source>
        <translation>Approving %1</translation>
    </message>
    <message>
        <source>Refusing %1</source>
        <translation>Refusing %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Conflict resolved. The choice will be sent to the server.</source>
        <translation>Conflict resolved. The choice will be sent to the server.</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>Awaiting documents</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Card printed</source>
        <translation>Card printed</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Request &amp;documents…</source>
        <translation>Request &amp;documents…</translation>
    </message>
    <message>
        <source>Documents &amp;received</source>
        <translation>Documents &amp;received</translation>
    </message>
    <message>
        <source>Send to re&amp;view</source>
        <translation>Send to re&amp;view</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuse…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Mark &amp;issued…</source>
        <translation>Mark &amp;issued…</translation>
    </message>
    <message>
        <source>Application created</source>
        <translation>Application created</translation>
    </message>
    <message>
        <source>Application edited</source>
        <translation>Application edited</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Documents requested</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Sent to review</source>
        <translation>Sent to review</translation>
    </message>
    <message>
        <source>Card issued</source>
        <translation>Card issued</translation>
    </message>
    <message>
        <source>Conflict recorded</source>
        <translation>Conflict recorded</translation>
    </message>
    <message>
        <source>Applicant recorded</source>
        <translation>Applicant recorded</translation>
    </message>
    <message>
        <source>Applicant's data edited</source>
        <translation>Applicant's data edited</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Waiting to be sent to the server</source>
        <translation>Waiting to be sent to the server</translation>
    </message>
    <message>
        <source>Sent, waiting for the server's answer</source>
        <translation>Sent, waiting for the server's answer</translation>
    </message>
    <message>
        <source>Synchronised with the server</source>
        <translation>Synchronised with the server</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Rejected by the server</translation>
    </message>
    <message>
        <source>Conflict: needs review</source>
        <translation>Conflict: needs review</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Given names:</source>
        <translation>Given names:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Patronymic:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <source>Birth place:</source>
        <translation>Birth place:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Citizenship:</translation>
    </message>
    <message>
        <source>Travel document:</source>
        <translation>Travel document:</translation>
    </message>
    <message>
        <source>Issued / expires:</source>
        <translation>Issued / expires:</translation>
    </message>
    <message>
        <source>FIN:</source>
        <translation>FIN:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Legal due date:</source>
        <translation>Legal due date:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <source>Payment reference:</source>
        <translation>Payment reference:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Service center:</source>
        <translation>Service center:</translation>
    </message>
    <message>
        <source>Service fields</source>
        <translation>Service fields</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailPage</name>
    <message numerus="yes">
        <source>%Ln open conflict(s): see the Needs review tab.</source>
        <translation>
            <numerusform>%Ln open conflict: see the Needs review tab.</numerusform>
            <numerusform>%Ln open conflicts: see the Needs review tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPrinter</name>
    <message>
        <source>Card %1 was recorded but not printed (%2): record it as spoiled.</source>
        <translation>Card %1 was recorded but not printed (%2): record it as spoiled.</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>&amp;Print card…</source>
        <translation>&amp;Print card…</translation>
    </message>
    <message>
        <source>Re&amp;print…</source>
        <translation>Re&amp;print…</translation>
    </message>
    <message>
        <source>Spoi&amp;led…</source>
        <translation>Spoi&amp;led…</translation>
    </message>
    <message>
        <source>Print rec&amp;eipt…</source>
        <translation>Print rec&amp;eipt…</translation>
    </message>
    <message>
        <source>Reprinting the card of %1</source>
        <translation>Reprinting the card of %1</translation>
    </message>
    <message>
        <source>Card %1 recorded as spoiled; its number is voided.</source>
        <translation>Card %1 recorded as spoiled; its number is voided.</translation>
    </message>
    <message>
        <source>Card handed over: the application is issued.</source>
        <translation>Card handed over: the application is issued.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>by %1, %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Decision in force (kept by the server)</source>
        <translation>Decision in force (kept by the server)</translation>
    </message>
    <message>
        <source>Keep this decision</source>
        <translation>Keep this decision</translation>
    </message>
    <message>
        <source>The other decision (not applied)</source>
        <translation>The other decision (not applied)</translation>
    </message>
    <message>
        <source>Take this decision</source>
        <translation>Take this decision</translation>
    </message>
    <message>
        <source>Only a supervisor can choose between two decisions.</source>
        <translation>Only a supervisor can choose between two decisions.</translation>
    </message>
    <message>
        <source>The state machine has no step from '%1' to '%2', so the other decision cannot be taken here; keeping the decision in force closes the conflict.</source>
        <translation>The state machine has no step from '%1' to '%2', so the other decision cannot be taken here; keeping the decision in force closes the conflict.</translation>
    </message>
    <message>
        <source>Chosen in the conflict review</source>
        <translation>Chosen in the conflict review</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Service center</source>
        <translation>Service center</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Legal due date</source>
        <translation>Legal due date</translation>
    </message>
    <message>
        <source>Service fields</source>
        <translation>Service fields</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Fee tier</source>
        <translation>Fee tier</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Payment reference</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Birth place</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Travel document</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(same)</source>
        <translation>(same)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>%1's change</source>
        <translation>%1's change</translation>
    </message>
    <message>
        <source>the applicant's data</source>
        <translation>the applicant's data</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>the application</translation>
    </message>
    <message>
        <source>Conflict on %1, recorded %2</source>
        <translation>Conflict on %1, recorded %2</translation>
    </message>
    <message>
        <source>Your change, made on this workstation, could not be merged with the server's version.</source>
        <translation>Your change, made on this workstation, could not be merged with the server's version.</translation>
    </message>
    <message>
        <source>A change by %1 on workstation %2 could not be merged with the server's version.</source>
        <translation>A change by %1 on workstation %2 could not be merged with the server's version.</translation>
    </message>
    <message>
        <source>Choose which value stays; your choice is saved as a new change and sent to the server.</source>
        <translation>Choose which value stays; your choice is saved as a new change and sent to the server.</translation>
    </message>
    <message>
        <source>&amp;Resolve conflict</source>
        <translation>&amp;Resolve conflict</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Server's value</source>
        <translation>Server's value</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take the server's</source>
        <translation>Take the server's</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>The conflict could not be resolved: %1</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <source>Workstation stopped unexpectedly</source>
        <translation>Workstation stopped unexpectedly</translation>
    </message>
    <message>
        <source>The last session ended with an error. Nothing you saved was lost. Please copy the details below and send them to your IT support; they hold no personal data and no passwords.</source>
        <translation>The last session ended with an error. Nothing you saved was lost. Please copy the details below and send them to your IT support; they hold no personal data and no passwords.</translation>
    </message>
    <message>
        <source>Crash details</source>
        <translation>Crash details</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>All centers</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>Received today</translation>
    </message>
    <message>
        <source>Received this week</source>
        <translation>Received this week</translation>
    </message>
    <message>
        <source>Received in the period</source>
        <translation>Received in the period</translation>
    </message>
    <message>
        <source>Decided in the period</source>
        <translation>Decided in the period</translation>
    </message>
    <message>
        <source>Cards printed</source>
        <translation>Cards printed</translation>
    </message>
    <message>
        <source>Cards issued</source>
        <translation>Cards issued</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>Due within 3 working days</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>By &amp;service</source>
        <translation>By &amp;service</translation>
    </message>
    <message>
        <source>By s&amp;tatus</source>
        <translation>By s&amp;tatus</translation>
    </message>
    <message>
        <source>By o&amp;fficer</source>
        <translation>By o&amp;fficer</translation>
    </message>
    <message>
        <source>By &amp;center</source>
        <translation>By &amp;center</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>My numbers</source>
        <translation>My numbers</translation>
    </message>
    <message>
        <source>What you received, decided, printed and issued, and the work assigned to you</source>
        <translation>What you received, decided, printed and issued, and the work assigned to you</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>The numbers could not be counted: %1</source>
        <translation>The numbers could not be counted: %1</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>Received and decided per day</source>
        <translation>Received and decided per day</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Received %1, decided %2 in these %3 days</source>
        <translation>Received %1, decided %2 in these %3 days</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Workstation — first run</source>
        <translation>Workstation — first run</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Enrol this workstation</source>
        <translation>Enrol this workstation</translation>
    </message>
    <message>
        <source>This computer is not yet a workstation of a service center. Enter the address of the central server and the one-time code your administrator gave you.</source>
        <translation>This computer is not yet a workstation of a service center. Enter the address of the central server and the one-time code your administrator gave you.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>https://workstation.example.gov.az</source>
        <translation>https://workstation.example.gov.az</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Workstation &amp;name:</source>
        <translation>Workstation &amp;name:</translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation>Workstation name</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Service filter</source>
        <translation>Service filter</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Received until</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Assignee filter</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Rece&amp;ived:</source>
        <translation>Rece&amp;ived:</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>Assi&amp;gnee:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand the card over</source>
        <translation>Hand the card over</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Card:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <source>Payment reference:</source>
        <translation>Payment reference:</translation>
    </message>
    <message>
        <source>I have &amp;checked the fee receipt against this payment reference</source>
        <translation>I have &amp;checked the fee receipt against this payment reference</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>The password could not be checked: %1</source>
        <translation>The password could not be checked: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <source>The session of %1 is locked. Enter the password to go on.</source>
        <translation>The session of %1 is locked. Enter the password to go on.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Log in as &amp;another officer…</source>
        <translation>Log in as &amp;another officer…</translation>
    </message>
    <message>
        <source>Ends this session; unsaved reception forms are kept by their recovery.</source>
        <translation>Ends this session; unsaved reception forms are kept by their recovery.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>No activity: the session locks in %1 s. Move the mouse or press a key to stay.</source>
        <translation>No activity: the session locks in %1 s. Move the mouse or press a key to stay.</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Log files</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Information and above</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Log lines</translation>
    </message>
    <message>
        <source>%1 of %2 lines of %3</source>
        <translation>%1 of %2 lines of %3</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>The lock has ended: you can try again.</source>
        <translation>The lock has ended: you can try again.</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>Try again in %1.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>The server address must start with http:// or https://.</translation>
    </message>
    <message>
        <source>Enter the one-time code from your administrator.</source>
        <translation>Enter the one-time code from your administrator.</translation>
    </message>
    <message>
        <source>This data folder is already enrolled.</source>
        <translation>This data folder is already enrolled.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>The server could not be reached: %1</translation>
    </message>
    <message>
        <source>The server refused the code: %1</source>
        <translation>The server refused the code: %1</translation>
    </message>
    <message>
        <source>This program is too old for the server: please update it.</source>
        <translation>This program is too old for the server: please update it.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the server refuses logins for a while.</source>
        <translation>Too many wrong passwords: the server refuses logins for a while.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>The server refused the login: %1</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator; it can no longer log in on this workstation, online or offline.</source>
        <translation>This account is disabled. Ask your administrator; it can no longer log in on this workstation, online or offline.</translation>
    </message>
    <message>
        <source>Offline login needs one online login on this workstation first.</source>
        <translation>Offline login needs one online login on this workstation first.</translation>
    </message>
    <message>
        <source>The last online login is more than %1 days ago: offline login is no longer allowed.</source>
        <translation>The last online login is more than %1 days ago: offline login is no longer allowed.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: locked for a while.</source>
        <translation>Too many wrong passwords: locked for a while.</translation>
    </message>
    <message>
        <source>Wrong password (%1 tries left before it locks).</source>
        <translation>Wrong password (%1 tries left before it locks).</translation>
    </message>
    <message>
        <source>The server cannot be reached. </source>
        <translation>The server cannot be reached. </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Workstation — log in</source>
        <translation>Workstation — log in</translation>
    </message>
    <message>
        <source>Center %1 · workstation %2
Server %3</source>
        <translation>Center %1 · workstation %2
Server %3</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Wrong password (3 tries left before offline login locks).</source>
        <translation>The server cannot be reached. Wrong password (3 tries left before offline login locks).</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Sign in to the workstation</source>
        <translation>Sign in to the workstation</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Login message</source>
        <translation>Login message</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workstation — migration service</source>
        <translation>Workstation — migration service</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <source>Receive a new application (Ctrl+N)</source>
        <translation>Receive a new application (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Open selected</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>&amp;Print card…</translation>
    </message>
    <message>
        <source>Printing cards comes with the card printing issue</source>
        <translation>Printing cards comes with the card printing issue</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Log in again…</source>
        <translation>&amp;Log in again…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Back to the queue</source>
        <translation>&amp;Back to the queue</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>That application no longer exists.</source>
        <translation>That application no longer exists.</translation>
    </message>
    <message>
        <source>Log in to sync.</source>
        <translation>Log in to sync.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>offline login</source>
        <translation>offline login</translation>
    </message>
    <message>
        <source>About Workstation</source>
        <translation>About Workstation</translation>
    </message>
    <message>
        <source>Workstation %1
Officer desktop of the migration service.</source>
        <translation>Workstation %1
Officer desktop of the migration service.</translation>
    </message>
    <message>
        <source>Background task failed (%1): %2</source>
        <translation>Background task failed (%1): %2</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Log files…</source>
        <translation>&amp;Log files…</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock the workstation's data</source>
        <translation>Unlock the workstation's data</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key of the data folder. Choose a passphrase: it encrypts the applicants' data on this computer, and it is asked at every start. Without it the data can only be synced again from the server.</source>
        <translation>This computer has no keyring to keep the key of the data folder. Choose a passphrase: it encrypts the applicants' data on this computer, and it is asked at every start. Without it the data can only be synced again from the server.</translation>
    </message>
    <message>
        <source>Type the passphrase that encrypts the data folder.</source>
        <translation>Type the passphrase that encrypts the data folder.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n characters.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop the photo (35 × 45 mm)</source>
        <translation>Crop the photo (35 × 45 mm)</translation>
    </message>
    <message>
        <source>Drag the frame to the face, drag its corner to resize it (the ratio stays 35 × 45 mm). Keys: arrows move, + and − resize. Head from the top third line to the chin near the bottom.</source>
        <translation>Drag the frame to the face, drag its corner to resize it (the ratio stays 35 × 45 mm). Keys: arrows move, + and − resize. Head from the top third line to the chin near the bottom.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print the card of the application shown, or of those selected in the queue (Ctrl+P)</source>
        <translation>Print the card of the application shown, or of those selected in the queue (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print &amp;journal…</source>
        <translation>Print &amp;journal…</translation>
    </message>
    <message>
        <source>This application has no card to print.</source>
        <translation>This application has no card to print.</translation>
    </message>
    <message>
        <source>Select approved applications to print.</source>
        <translation>Select approved applications to print.</translation>
    </message>
    <message>
        <source>Print at most %1 cards at a time.</source>
        <translation>Print at most %1 cards at a time.</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>This user has never logged in on this workstation.</source>
        <translation>This user has never logged in on this workstation.</translation>
    </message>
    <message>
        <source>This user's offline login has expired: log in online once.</source>
        <translation>This user's offline login has expired: log in online once.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this user is locked for a while.</source>
        <translation>Too many wrong passwords: this user is locked for a while.</translation>
    </message>
    <message>
        <source>Wrong user name or password (%1 tries left).</source>
        <translation>Wrong user name or password (%1 tries left).</translation>
    </message>
    <message>
        <source>A supervisor must enter their user name and password.</source>
        <translation>A supervisor must enter their user name and password.</translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor may approve a reprint.</source>
        <translation>%1 is not a supervisor: only a supervisor may approve a reprint.</translation>
    </message>
    <message>
        <source>Reprint card</source>
        <translation>Reprint card</translation>
    </message>
    <message>
        <source>Print card %1 of %2 again? The same number is printed; the reprint is recorded in the print journal with the reason and the approving supervisor.</source>
        <translation>Print card %1 of %2 again? The same number is printed; the reprint is recorded in the print journal with the reason and the approving supervisor.</translation>
    </message>
    <message>
        <source>Reason for the reprint</source>
        <translation>Reason for the reprint</translation>
    </message>
    <message>
        <source>Supervisor's user name</source>
        <translation>Supervisor's user name</translation>
    </message>
    <message>
        <source>Supervisor's password</source>
        <translation>Supervisor's password</translation>
    </message>
    <message>
        <source>You are a supervisor: the reprint is approved by you (%1).</source>
        <translation>You are a supervisor: the reprint is approved by you (%1).</translation>
    </message>
    <message>
        <source>A supervisor enters their user name and password here to approve.</source>
        <translation>A supervisor enters their user name and password here to approve.</translation>
    </message>
    <message>
        <source>&amp;Approve and preview</source>
        <translation>&amp;Approve and preview</translation>
    </message>
    <message>
        <source>Write the reason for the reprint.</source>
        <translation>Write the reason for the reprint.</translation>
    </message>
    <message>
        <source>Record a spoiled card</source>
        <translation>Record a spoiled card</translation>
    </message>
    <message>
        <source>Record card %1 of %2 as spoiled? Its number is voided and never used again; keep the spoiled card for destruction. The next print takes a new number.</source>
        <translation>Record card %1 of %2 as spoiled? Its number is voided and never used again; keep the spoiled card for destruction. The next print takes a new number.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Record as &amp;spoiled</source>
        <translation>Record as &amp;spoiled</translation>
    </message>
    <message>
        <source>Write why the card is spoiled.</source>
        <translation>Write why the card is spoiled.</translation>
    </message>
    <message>
        <source>Hand the card over</source>
        <translation>Hand the card over</translation>
    </message>
    <message>
        <source>Hand the card to its holder. Check the holder's identity and the fee receipt.</source>
        <translation>Hand the card to its holder. Check the holder's identity and the fee receipt.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Fee receipt checked</source>
        <translation>Fee receipt checked</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>Tick the box once you have checked the fee receipt.</source>
        <translation>Tick the box once you have checked the fee receipt.</translation>
    </message>
</context>
<context>
    <name>PrintJournal</name>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Reprinted</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Spoiled</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Reason / approved by</source>
        <translation>Reason / approved by</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approved by %1</translation>
    </message>
    <message>
        <source>Print journal</source>
        <translation>Print journal</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>From day</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>To day</translation>
    </message>
    <message>
        <source>Print journal entries</source>
        <translation>Print journal entries</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>The newest %1 entries: narrow the filter to see older ones.</source>
        <translation>The newest %1 entries: narrow the filter to see older ones.</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>Card &amp;number:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print card</source>
        <translation>Print card</translation>
    </message>
    <message>
        <source>Reprint card</source>
        <translation>Reprint card</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Applications to print</source>
        <translation>Applications to print</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Acknowledgement receipt, A5. It prints at true size.</source>
        <translation>Acknowledgement receipt, A5. It prints at true size.</translation>
    </message>
    <message>
        <source>Reprint of the same card (same number), approved by %1. Reason: %2</source>
        <translation>Reprint of the same card (same number), approved by %1. Reason: %2</translation>
    </message>
    <message>
        <source>The card number is taken from this workstation's leased block when you print: the preview shows the next free number. The card prints at true size (85.60 × 53.98 mm), front then back.</source>
        <translation>The card number is taken from this workstation's leased block when you print: the preview shows the next free number. The card prints at true size (85.60 × 53.98 mm), front then back.</translation>
    </message>
    <message>
        <source>%1 applications, one card each. </source>
        <translation>%1 applications, one card each. </translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
    <message>
        <source>Nothing to print for this application.</source>
        <translation>Nothing to print for this application.</translation>
    </message>
    <message>
        <source>Cannot print: %1</source>
        <translation>Cannot print: %1</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Printed: card %1</source>
        <translation>Printed: card %1</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Not printed: %1</translation>
    </message>
    <message>
        <source>Printed: %1. Not printed: %2 (see the list).</source>
        <translation>Printed: %1. Not printed: %2 (see the list).</translation>
    </message>
    <message>
        <source>Printed: %1.</source>
        <translation>Printed: %1.</translation>
    </message>
    <message>
        <source>Card numbers: %1</source>
        <translation>Card numbers: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Overdue: the deadline passed</source>
        <translation>Overdue: the deadline passed</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>Due within 3 working days</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>&amp;Assign to me</source>
        <translation>&amp;Assign to me</translation>
    </message>
    <message>
        <source>Request &amp;documents…</source>
        <translation>Request &amp;documents…</translation>
    </message>
    <message>
        <source>Print &amp;cards…</source>
        <translation>Print &amp;cards…</translation>
    </message>
    <message>
        <source>One print preview of the selected applications</source>
        <translation>One print preview of the selected applications</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>No application matches “%1”.</source>
        <translation>No application matches “%1”.</translation>
    </message>
    <message>
        <source>No applications here.</source>
        <translation>No applications here.</translation>
    </message>
    <message>
        <source>Some filters are set: clear them to see more.</source>
        <translation>Some filters are set: clear them to see more.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Too many applications</source>
        <translation>Too many applications</translation>
    </message>
    <message>
        <source>Select at most %1 applications for this action.</source>
        <translation>Select at most %1 applications for this action.</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Assigned to you</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Documents requested</translation>
    </message>
    <message>
        <source>not possible for %1</source>
        <translation>not possible for %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>QueueSidebar</name>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>Awaiting documents</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Ready to print</source>
        <translation>Ready to print</translation>
    </message>
    <message>
        <source>Ready to issue</source>
        <translation>Ready to issue</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Rejected by server</source>
        <translation>Rejected by server</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>Confirm with your password</source>
        <translation>Confirm with your password</translation>
    </message>
    <message>
        <source>%1 needs your password again.
Logged in as %2.</source>
        <translation>%1 needs your password again.
Logged in as %2.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>The password could not be checked: %1</source>
        <translation>The password could not be checked: %1</translation>
    </message>
</context>
<context>
    <name>ReceptionApplicant</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>M — male</source>
        <translation>M — male</translation>
    </message>
    <message>
        <source>F — female</source>
        <translation>F — female</translation>
    </message>
    <message>
        <source>X — unspecified</source>
        <translation>X — unspecified</translation>
    </message>
    <message>
        <source>Ordinary passport</source>
        <translation>Ordinary passport</translation>
    </message>
    <message>
        <source>Service passport</source>
        <translation>Service passport</translation>
    </message>
    <message>
        <source>Diplomatic passport</source>
        <translation>Diplomatic passport</translation>
    </message>
    <message>
        <source>Other travel document</source>
        <translation>Other travel document</translation>
    </message>
    <message>
        <source>New applicant: a person record is created when the form is saved.</source>
        <translation>New applicant: a person record is created when the form is saved.</translation>
    </message>
    <message>
        <source>Existing applicant: changes here update their record when saved.</source>
        <translation>Existing applicant: changes here update their record when saved.</translation>
    </message>
    <message>
        <source>Nobody found: fill in a new applicant below.</source>
        <translation>Nobody found: fill in a new applicant below.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likely duplicate.&lt;/b&gt; A person with passport number %1 is already known:</source>
        <translation>&lt;b&gt;Likely duplicate.&lt;/b&gt; A person with passport number %1 is already known:</translation>
    </message>
    <message>
        <source>Use that person, or confirm that this is somebody else.</source>
        <translation>Use that person, or confirm that this is somebody else.</translation>
    </message>
    <message>
        <source>Filled from the passport (all check digits correct). Compare the names with the passport's visual zone and restore letters such as ə, ş, ç, ğ, ö, ü.</source>
        <translation>Filled from the passport (all check digits correct). Compare the names with the passport's visual zone and restore letters such as ə, ş, ç, ğ, ö, ü.</translation>
    </message>
    <message>
        <source>Bad check digit in the passport's zone: %1 (%2). Nothing was filled: scan again or type the data by hand.</source>
        <translation>Bad check digit in the passport's zone: %1 (%2). Nothing was filled: scan again or type the data by hand.</translation>
    </message>
    <message>
        <source>The passport's zone could not be read: %1. Nothing was filled.</source>
        <translation>The passport's zone could not be read: %1. Nothing was filled.</translation>
    </message>
</context>
<context>
    <name>ReceptionChecklist</name>
    <message>
        <source>Ticked when the original or a copy has been received</source>
        <translation>Ticked when the original or a copy has been received</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>Attach a file to %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Checking and storing the file…</source>
        <translation>Checking and storing the file…</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>No file attached</translation>
    </message>
</context>
<context>
    <name>ReceptionFees</name>
    <message>
        <source>choose the term first</source>
        <translation>choose the term first</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <source>%1 (%2 working days from today)</source>
        <translation>%1 (%2 working days from today)</translation>
    </message>
    <message>
        <source>%1 (%2 months from today)</source>
        <translation>%1 (%2 months from today)</translation>
    </message>
</context>
<context>
    <name>ReceptionFields</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>+994 50 123 45 67</source>
        <translation>+994 50 123 45 67</translation>
    </message>
    <message>
        <source>name@example.az</source>
        <translation>name@example.az</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <source>ISO code, e.g. TUR</source>
        <translation>ISO code, e.g. TUR</translation>
    </message>
    <message>
        <source>AZN</source>
        <translation>AZN</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>ReceptionFiles</name>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Pictures (*.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>“%1” is %2; a file may have at most %3.</source>
        <translation>“%1” is %2; a file may have at most %3.</translation>
    </message>
    <message>
        <source>“%1” is not a PDF, JPEG or PNG file (judged by its content, not its name).</source>
        <translation>“%1” is not a PDF, JPEG or PNG file (judged by its content, not its name).</translation>
    </message>
    <message>
        <source>“%1” is not a picture: import the photo as a JPEG or PNG file.</source>
        <translation>“%1” is not a picture: import the photo as a JPEG or PNG file.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” cannot be read: %2.</translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation>Nothing was attached.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Attach a document</translation>
    </message>
    <message>
        <source>The file could not be stored: %1</source>
        <translation>The file could not be stored: %1</translation>
    </message>
    <message>
        <source>Import the applicant's photo</source>
        <translation>Import the applicant's photo</translation>
    </message>
    <message>
        <source>This picture cannot be read.</source>
        <translation>This picture cannot be read.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Photo missing</source>
        <translation>Photo missing</translation>
    </message>
</context>
<context>
    <name>ReceptionForm</name>
    <message>
        <source>— choose the service —</source>
        <translation>— choose the service —</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Attach a scan with the button or drop a PDF, JPEG or PNG file on its line.</source>
        <translation>Attach a scan with the button or drop a PDF, JPEG or PNG file on its line.</translation>
    </message>
    <message>
        <source>Choose the service: its documents are listed here.</source>
        <translation>Choose the service: its documents are listed here.</translation>
    </message>
    <message>
        <source>Required: not received yet (the application can still be received; documents can be requested later).</source>
        <translation>Required: not received yet (the application can still be received; documents can be requested later).</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>Draft application</source>
        <translation>Draft application</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Save the form as a draft (Ctrl+S)</source>
        <translation>Save the form as a draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <source>Receive the application under a new number (Ctrl+Enter)</source>
        <translation>Receive the application under a new number (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>1. Service</source>
        <translation>1. Service</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>2. Applicant</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <source>Find a&amp;pplicant:</source>
        <translation>Find a&amp;pplicant:</translation>
    </message>
    <message>
        <source>passport number or name (any spelling)</source>
        <translation>passport number or name (any spelling)</translation>
    </message>
    <message>
        <source>&amp;New applicant</source>
        <translation>&amp;New applicant</translation>
    </message>
    <message>
        <source>Use the existing person</source>
        <translation>Use the existing person</translation>
    </message>
    <message>
        <source>It is another person: keep as new</source>
        <translation>It is another person: keep as new</translation>
    </message>
    <message>
        <source>MR&amp;Z (passport reader):</source>
        <translation>MR&amp;Z (passport reader):</translation>
    </message>
    <message>
        <source>Scan the passport: the two lines at the bottom of its photo page are read here</source>
        <translation>Scan the passport: the two lines at the bottom of its photo page are read here</translation>
    </message>
    <message>
        <source>Surn&amp;ame:</source>
        <translation>Surn&amp;ame:</translation>
    </message>
    <message>
        <source>as in the passport, Latin letters</source>
        <translation>as in the passport, Latin letters</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <source>Patron&amp;ymic:</source>
        <translation>Patron&amp;ymic:</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>if any</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Birth p&amp;lace:</source>
        <translation>Birth p&amp;lace:</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Citizenship:</translation>
    </message>
    <message>
        <source>ISO code, e.g. RUS, TUR; XXA stateless</source>
        <translation>ISO code, e.g. RUS, TUR; XXA stateless</translation>
    </message>
    <message>
        <source>Docum&amp;ent type:</source>
        <translation>Docum&amp;ent type:</translation>
    </message>
    <message>
        <source>Passport nu&amp;mber:</source>
        <translation>Passport nu&amp;mber:</translation>
    </message>
    <message>
        <source>series and number, no spaces</source>
        <translation>series and number, no spaces</translation>
    </message>
    <message>
        <source>&amp;Issuing state:</source>
        <translation>&amp;Issuing state:</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO code</translation>
    </message>
    <message>
        <source>Issued &amp;on:</source>
        <translation>Issued &amp;on:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>on an earlier card, if any</source>
        <translation>on an earlier card, if any</translation>
    </message>
    <message>
        <source>FIN:</source>
        <translation>FIN:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>+994 50 123 45 67</source>
        <translation>+994 50 123 45 67</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Address in Azerbai&amp;jan:</source>
        <translation>Address in Azerbai&amp;jan:</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Import photo…</source>
        <translation>Import photo…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>3. Service details</source>
        <translation>3. Service details</translation>
    </message>
    <message>
        <source>4. Documents</source>
        <translation>4. Documents</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Select an attached document to see it here</source>
        <translation>Select an attached document to see it here</translation>
    </message>
    <message>
        <source>5. Fee and deadline</source>
        <translation>5. Fee and deadline</translation>
    </message>
    <message>
        <source>Fee &amp;tier:</source>
        <translation>Fee &amp;tier:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <source>Payment re&amp;ference:</source>
        <translation>Payment re&amp;ference:</translation>
    </message>
    <message>
        <source>receipt or transfer number</source>
        <translation>receipt or transfer number</translation>
    </message>
    <message>
        <source>Legal due date:</source>
        <translation>Legal due date:</translation>
    </message>
</context>
<context>
    <name>ReceptionPreview</name>
    <message>
        <source>Select an attached document to see it here</source>
        <translation>Select an attached document to see it here</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>This file cannot be shown.</translation>
    </message>
    <message>
        <source>This file cannot be shown: %1</source>
        <translation>This file cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>ReceptionSave</name>
    <message>
        <source>This application was received already; it is shown read-only.</source>
        <translation>This application was received already; it is shown read-only.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>The draft could not be opened: %1</source>
        <translation>The draft could not be opened: %1</translation>
    </message>
    <message>
        <source>Restore unsaved reception of %1?</source>
        <translation>Restore unsaved reception of %1?</translation>
    </message>
    <message>
        <source>(applicant: %1)</source>
        <translation>(applicant: %1)</translation>
    </message>
    <message>
        <source>The unsaved reception was restored.</source>
        <translation>The unsaved reception was restored.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <source>Choose the service before saving a draft.</source>
        <translation>Choose the service before saving a draft.</translation>
    </message>
    <message>
        <source>A draft needs the applicant's data without errors: %1 to fix (marked in red). Everything typed is kept.</source>
        <translation>A draft needs the applicant's data without errors: %1 to fix (marked in red). Everything typed is kept.</translation>
    </message>
    <message>
        <source>The application cannot be received yet: %1 to fix, marked in red. First: %2</source>
        <translation>The application cannot be received yet: %1 to fix, marked in red. First: %2</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Receiving…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Received · due %1</source>
        <translation>Received · due %1</translation>
    </message>
    <message>
        <source>Received as %1 at %2. Legal due date: %3.</source>
        <translation>Received as %1 at %2. Legal due date: %3.</translation>
    </message>
    <message>
        <source>Draft · saved at %1</source>
        <translation>Draft · saved at %1</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Draft saved at %1.</translation>
    </message>
    <message>
        <source>Nothing was saved; everything typed is kept.</source>
        <translation>Nothing was saved; everything typed is kept.</translation>
    </message>
    <message>
        <source>A person with this passport number is already known. Use that person or confirm a new one, then save again.</source>
        <translation>A person with this passport number is already known. Use that person or confirm a new one, then save again.</translation>
    </message>
    <message>
        <source>No application numbers are left on this workstation, so the application cannot be received now. Save it as a draft and receive it after the next sync brings new numbers (the server leases them).</source>
        <translation>No application numbers are left on this workstation, so the application cannot be received now. Save it as a draft and receive it after the next sync brings new numbers (the server leases them).</translation>
    </message>
    <message>
        <source>This application is no longer a draft (it is %1 now) and cannot be changed here.</source>
        <translation>This application is no longer a draft (it is %1 now) and cannot be changed here.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>All centers</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Officers report their own work</source>
        <translation>Officers report their own work</translation>
    </message>
    <message>
        <source>&amp;PDF document</source>
        <translation>&amp;PDF document</translation>
    </message>
    <message>
        <source>C&amp;SV for a spreadsheet</source>
        <translation>C&amp;SV for a spreadsheet</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>&amp;Center:</source>
        <translation>&amp;Center:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <source>&amp;Save report</source>
        <translation>&amp;Save report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Save report as</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message numerus="yes">
        <source>The period is longer than %n day(s).</source>
        <translation>
            <numerusform>The period is longer than %n day.</numerusform>
            <numerusform>The period is longer than %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choose where to save the report.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 is a folder: give a file name.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>The report was not saved: %1</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint card</source>
        <translation>Reprint card</translation>
    </message>
    <message>
        <source>&amp;Reason for the reprint (required):</source>
        <translation>&amp;Reason for the reprint (required):</translation>
    </message>
    <message>
        <source>Supervisor's approval</source>
        <translation>Supervisor's approval</translation>
    </message>
    <message>
        <source>Supervisor's &amp;user name:</source>
        <translation>Supervisor's &amp;user name:</translation>
    </message>
    <message>
        <source>Supervisor's pass&amp;word:</source>
        <translation>Supervisor's pass&amp;word:</translation>
    </message>
</context>
<context>
    <name>RequestDocumentsDialog</name>
    <message>
        <source>Request documents</source>
        <translation>Request documents</translation>
    </message>
    <message numerus="yes">
        <source>Which documents are missing? The applicants of the %Ln application(s) are asked for them.</source>
        <translation>
            <numerusform>Which documents are missing? The applicant is asked for them.</numerusform>
            <numerusform>Which documents are missing? The applicants of the %Ln applications are asked for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>Tick the documents the applicant still has to bring. They are recorded on the checklist and in the request.</source>
        <translation>Tick the documents the applicant still has to bring. They are recorded on the checklist and in the request.</translation>
    </message>
    <message>
        <source>&amp;Note to the applicant (optional):</source>
        <translation>&amp;Note to the applicant (optional):</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search applications</source>
        <translation>Search applications</translation>
    </message>
    <message>
        <source>Search: name, passport, FIN/PIN, number (Ctrl+F)</source>
        <translation>Search: name, passport, FIN/PIN, number (Ctrl+F)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>No application matches “%1”</source>
        <translation>No application matches “%1”</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>Ask every time</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// on a test network).</source>
        <translation>The server address must start with https:// (or http:// on a test network).</translation>
    </message>
    <message>
        <source>These settings belong to this computer. Passwords are never kept here: they stay in the system keyring.</source>
        <translation>These settings belong to this computer. Passwords are never kept here: they stay in the system keyring.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>https://workstation.example.gov.az</source>
        <translation>https://workstation.example.gov.az</translation>
    </message>
    <message>
        <source>&amp;Card printer:</source>
        <translation>&amp;Card printer:</translation>
    </message>
    <message>
        <source>Card printer</source>
        <translation>Card printer</translation>
    </message>
    <message>
        <source>&amp;Receipt printer:</source>
        <translation>&amp;Receipt printer:</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ync every:</translation>
    </message>
    <message>
        <source>Sync interval in seconds</source>
        <translation>Sync interval in seconds</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Offline login valid for:</source>
        <translation>&amp;Offline login valid for:</translation>
    </message>
    <message>
        <source>Days an offline login stays valid</source>
        <translation>Days an offline login stays valid</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Lock when &amp;idle after:</source>
        <translation>Lock when &amp;idle after:</translation>
    </message>
    <message>
        <source>Minutes before an idle session locks</source>
        <translation>Minutes before an idle session locks</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>&amp;High contrast:</source>
        <translation>&amp;High contrast:</translation>
    </message>
    <message>
        <source>High contrast colours</source>
        <translation>High contrast colours</translation>
    </message>
    <message>
        <source>White text on black, yellow focus</source>
        <translation>White text on black, yellow focus</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>Awaiting documents</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Card printed</source>
        <translation>Card printed</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>logged in offline</source>
        <translation>logged in offline</translation>
    </message>
    <message>
        <source>Log in again to continue syncing; nothing waiting is lost.</source>
        <translation>Log in again to continue syncing; nothing waiting is lost.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Log in again…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send and receive changes now (F5)</source>
        <translation>Send and receive changes now (F5)</translation>
    </message>
    <message>
        <source>⚠ Login not remembered</source>
        <translation>⚠ Login not remembered</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <source>Login required</source>
        <translation>Login required</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>All changes sent</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
</context>
</TS>
