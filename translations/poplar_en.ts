<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Poplar::Autodetect::Autodetector</name>
    <message numerus="yes">
        <location filename="../core/account/autodetect/Autodetector.cpp" line="+56"/>
        <source>%1: %2 lists %n POP3 server(s).</source>
        <translation>
            <numerusform>%1: %2 lists %n POP3 server.</numerusform>
            <numerusform>%1: %2 lists %n POP3 servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Import</name>
    <message numerus="yes">
        <location filename="../core/account/import/Importer.cpp" line="+107"/>
        <source>%n UIDL(s) of %1 on %2 in %3</source>
        <translation>
            <numerusform>%n UIDL of %1 on %2 in %3</numerusform>
            <numerusform>%n UIDLs of %1 on %2 in %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/account/import/ImportFormats.cpp" line="+400"/>
        <source>%n UIDL(s) missing at the end of the file</source>
        <translation>
            <numerusform>%n UIDL missing at the end of the file</numerusform>
            <numerusform>%n UIDLs missing at the end of the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Sync::RetentionWarning</name>
    <message numerus="yes">
        <location filename="../core/sync/RetentionWarning.cpp" line="+24"/>
        <source>The server deletes retrieved messages after %n day(s) (EXPIRE), sooner than this account keeps them on the server.</source>
        <translation>
            <numerusform>The server deletes retrieved messages after %n day (EXPIRE), sooner than this account keeps them on the server.</numerusform>
            <numerusform>The server deletes retrieved messages after %n days (EXPIRE), sooner than this account keeps them on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::CertificateDialog</name>
    <message numerus="yes">
        <location filename="../ui/wizard/CertificateDialog.cpp" line="+96"/>
        <source>Chain (%n certificate(s), server&apos;s first):</source>
        <translation>
            <numerusform>Chain (%n certificate, server&apos;s first):</numerusform>
            <numerusform>Chain (%n certificates, server&apos;s first):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ConnectionTestPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/ConnectionTestPage.cpp" line="+209"/>
        <source>Note: the server deletes messages %n day(s) after they are downloaded (EXPIRE).</source>
        <translation>
            <numerusform>Note: the server deletes messages %n day after they are downloaded (EXPIRE).</numerusform>
            <numerusform>Note: the server deletes messages %n days after they are downloaded (EXPIRE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Note: the server allows a login only every %n minute(s).</source>
        <translation>
            <numerusform>Note: the server allows a login only every %n minute.</numerusform>
            <numerusform>Note: the server allows a login only every %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="+104"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>Found %n account.</numerusform>
            <numerusform>Found %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1: added; %n message(s) already fetched will not be downloaded again.</source>
        <translation>
            <numerusform>%1: added; %n message already fetched will not be downloaded again.</numerusform>
            <numerusform>%1: added; %n messages already fetched will not be downloaded again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: already in Poplar, settings kept; %n message(s) recorded as fetched.</source>
        <translation>
            <numerusform>%1: already in Poplar, settings kept; %n message recorded as fetched.</numerusform>
            <numerusform>%1: already in Poplar, settings kept; %n messages recorded as fetched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+508"/>
        <source>%n messages selected.</source>
        <translation>
            <numerusform>%n message selected.</numerusform>
            <numerusform>%n messages selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Delete %n message(s) on the server at the next check? Until then, Undo keeps them.</source>
        <translation>
            <numerusform>Delete %n message on the server at the next check? Until then, Undo keeps them.</numerusform>
            <numerusform>Delete %n messages on the server at the next check? Until then, Undo keeps them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) will be deleted on the server at the next check.</source>
        <translation>
            <numerusform>%n message will be deleted on the server at the next check.</numerusform>
            <numerusform>%n messages will be deleted on the server at the next check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SyncController.cpp" line="+180"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n downloaded</source>
        <translation>
            <numerusform>%n downloaded</numerusform>
            <numerusform>%n downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>%n deleted on the server</numerusform>
            <numerusform>%n deleted on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n new message in %1</numerusform>
            <numerusform>%n new messages in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MessageExport.cpp" line="+46"/>
        <source>Downloading %n message(s) from the server…</source>
        <translation>
            <numerusform>Downloading %n message from the server…</numerusform>
            <numerusform>Downloading %n messages from the server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n message(s) not downloaded yet: downloading them now; drag them again once they are.</source>
        <translation>
            <numerusform>%n message not downloaded yet: downloading it now; drag it again once it is.</numerusform>
            <numerusform>%n messages not downloaded yet: downloading them now; drag them again once they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n message(s) exported to %1</source>
        <translation>
            <numerusform>%n message exported to %1</numerusform>
            <numerusform>%n messages exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StoredMessageDialogs.cpp" line="+28"/>
        <source>%n message(s) not exported: the stored file is missing or damaged.</source>
        <translation>
            <numerusform>%n message not exported: the stored file is missing or damaged.</numerusform>
            <numerusform>%n messages not exported: the stored file is missing or damaged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>All %n stored message(s) are sound.</source>
        <translation>
            <numerusform>The %n stored message is sound.</numerusform>
            <numerusform>All %n stored messages are sound.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n stored message(s) are missing or damaged. Download fetches them again while the server still has them.</source>
        <translation>
            <numerusform>%n stored message is missing or damaged. Download fetches it again while the server still has it.</numerusform>
            <numerusform>%n stored messages are missing or damaged. Download fetches them again while the server still has them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+65"/>
        <source>Poplar: %n new message(s)</source>
        <translation>
            <numerusform>Poplar: %n new message</numerusform>
            <numerusform>Poplar: %n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Poplar (%n new)</source>
        <comment>window title</comment>
        <translation>
            <numerusform>Poplar (%n new)</numerusform>
            <numerusform>Poplar (%n new)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::PreviewPane</name>
    <message numerus="yes">
        <location filename="../ui/PreviewPane.cpp" line="+122"/>
        <source>Remote content was blocked (%n item(s)).</source>
        <translation>
            <numerusform>Remote content was blocked (%n item).</numerusform>
            <numerusform>Remote content was blocked (%n items).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::ServerFactsBox</name>
    <message numerus="yes">
        <location filename="../ui/wizard/ServerFactsBox.cpp" line="+44"/>
        <source>It deletes retrieved messages after %n day(s) (EXPIRE).</source>
        <translation>
            <numerusform>It deletes retrieved messages after %n day (EXPIRE).</numerusform>
            <numerusform>It deletes retrieved messages after %n days (EXPIRE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It allows one login every %n minute(s) (LOGIN-DELAY).</source>
        <translation>
            <numerusform>It allows one login every %n minute (LOGIN-DELAY).</numerusform>
            <numerusform>It allows one login every %n minutes (LOGIN-DELAY).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::TrashActions</name>
    <message numerus="yes">
        <location filename="../ui/TrashActions.cpp" line="+100"/>
        <source>%n message(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n message moved to the Trash.</numerusform>
            <numerusform>%n messages moved to the Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %n message(s) for good? They cannot be restored.</source>
        <translation>
            <numerusform>Delete %n message for good? They cannot be restored.</numerusform>
            <numerusform>Delete %n messages for good? They cannot be restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n message restored.</numerusform>
            <numerusform>%n messages restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Delete the %n message(s) in the Trash of %1 for good? They cannot be restored.</source>
        <translation>
            <numerusform>Delete the %n message in the Trash of %1 for good? They cannot be restored.</numerusform>
            <numerusform>Delete the %n messages in the Trash of %1 for good? They cannot be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Poplar::Ui::TriageUi</name>
    <message numerus="yes">
        <location filename="../ui/TriageUi.cpp" line="+279"/>
        <source>Delete %n marked message(s) on the server, then download the others as the rules say? Deleted messages stay in &quot;Deleted on Server&quot;.</source>
        <translation>
            <numerusform>Delete %n marked message on the server, then download the others as the rules say? Deleted messages stay in &quot;Deleted on Server&quot;.</numerusform>
            <numerusform>Delete %n marked messages on the server, then download the others as the rules say? Deleted messages stay in &quot;Deleted on Server&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoplarSync</name>
    <message numerus="yes">
        <location filename="../app/sync/SyncSequence.cpp" line="+96"/>
        <source>%n new</source>
        <comment>summary: messages new on the server</comment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n downloaded (%1)</source>
        <comment>summary: messages and bytes downloaded</comment>
        <translation>
            <numerusform>%n downloaded (%1)</numerusform>
            <numerusform>%n downloaded (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deleted on server</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n deleted on server</numerusform>
            <numerusform>%n deleted on server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n over the size limit (headers only)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n over the size limit (headers only)</numerusform>
            <numerusform>%n over the size limit (headers only)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n listed by size only (headers not available from this server)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n listed by size only (headers not available from this server)</numerusform>
            <numerusform>%n listed by size only (headers not available from this server)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped (bad or duplicate UIDL)</source>
        <comment>summary</comment>
        <translation>
            <numerusform>%n skipped (bad or duplicate UIDL)</numerusform>
            <numerusform>%n skipped (bad or duplicate UIDL)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/Commands.cpp" line="+354"/>
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>%n message exported</numerusform>
            <numerusform>%n messages exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/ScanCommand.cpp" line="+63"/>
        <source>%n message(s) on %1</source>
        <translation>
            <numerusform>%n message on %1</numerusform>
            <numerusform>%n messages on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/StoreCommands.cpp" line="+47"/>
        <source>%1: %n message(s) not exported: the stored file is missing or damaged (see verify --repair)</source>
        <translation>
            <numerusform>%1: %n message not exported: the stored file is missing or damaged (see verify --repair)</numerusform>
            <numerusform>%1: %n messages not exported: the stored file is missing or damaged (see verify --repair)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: %n stored message(s) checked, %2 damaged, %3 repaired</source>
        <comment>verify summary</comment>
        <translation>
            <numerusform>%1: %n stored message checked, %2 damaged, %3 repaired</numerusform>
            <numerusform>%1: %n stored messages checked, %2 damaged, %3 repaired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%n message(s) backed up to %1</source>
        <translation>
            <numerusform>%n message backed up to %1</numerusform>
            <numerusform>%n messages backed up to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n message(s) left out: the stored file is missing or damaged</source>
        <translation>
            <numerusform>%n message left out: the stored file is missing or damaged</numerusform>
            <numerusform>%n messages left out: the stored file is missing or damaged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n message(s) restored into %1</source>
        <translation>
            <numerusform>%n message restored into %1</numerusform>
            <numerusform>%n messages restored into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/AccountCommands.cpp" line="+202"/>
        <source>%n UIDL(s) marked as fetched by %1</source>
        <translation>
            <numerusform>%n UIDL marked as fetched by %1</numerusform>
            <numerusform>%n UIDLs marked as fetched by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already known</source>
        <translation>
            <numerusform>%n already known</numerusform>
            <numerusform>%n already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/SearchCommand.cpp" line="+23"/>
        <source>indexing %n message(s) for search</source>
        <translation>
            <numerusform>indexing %n message for search</numerusform>
            <numerusform>indexing %n messages for search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/TrashCommands.cpp" line="+84"/>
        <source>%1: %n message(s) restored from the Trash</source>
        <translation>
            <numerusform>%1: %n message restored from the Trash</numerusform>
            <numerusform>%1: %n messages restored from the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1: %n message(s) deleted for good</source>
        <translation>
            <numerusform>%1: %n message deleted for good</numerusform>
            <numerusform>%1: %n messages deleted for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%1: %n message(s) moved to the Trash</source>
        <translation>
            <numerusform>%1: %n message moved to the Trash</numerusform>
            <numerusform>%1: %n messages moved to the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/TriageCommands.cpp" line="+171"/>
        <source>%n rule(s) imported</source>
        <translation>
            <numerusform>%n rule imported</numerusform>
            <numerusform>%n rules imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n friend(s) added</source>
        <translation>
            <numerusform>%n friend added</numerusform>
            <numerusform>%n friends added</numerusform>
        </translation>
    </message>
</context>
</TS>
