<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name />
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="66" />
        <location filename="../../workbench/workspace/workspace.py" line="67" />
        <location filename="../../workbench/workspace/workspace.py" line="473" />
        <location filename="../../workbench/workspace/workspace.py" line="484" />
        <source>A workspace has exactly one facilitator.</source>
        <extracomment>Child tables report an update of the entity that owns them: (entity, owner column, the owner's field that changed). Columns a reduced child row keeps, so that its change can name its owner. (A reading keeps its relation, so that the map recolours that line without a read.) Tables whose rows are entities of another name. Constraint name fragments → what the user is told when the database refuses an edit.</extracomment>
        <translation>Een werkruimte heeft precies één facilitator.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="68" />
        <location filename="../../workbench/workspace/workspace.py" line="69" />
        <source>These two stakeholders are already connected.</source>
        <translation>Deze twee stakeholders zijn al verbonden.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="70" />
        <location filename="../../workbench/workspace/workspace.py" line="71" />
        <location filename="../../workbench/workspace/workspace.py" line="569" />
        <source>A stakeholder cannot be connected to itself.</source>
        <translation>Een stakeholder kan niet met zichzelf verbonden worden.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="72" />
        <source>Energy must be between 1 and 5.</source>
        <translation>Energie moet tussen 1 en 5 liggen.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="73" />
        <source>A name cannot be empty.</source>
        <translation>Een naam mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="74" />
        <source>Something this edit refers to no longer exists.</source>
        <translation>Iets waar deze wijziging naar verwijst bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="75" />
        <source>Something with this id already exists.</source>
        <translation>Er bestaat al iets met deze id.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="219" />
        <source>The workspace refused this edit.</source>
        <translation>De werkruimte heeft deze wijziging geweigerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="407" />
        <source>This no longer exists; it may have been deleted.</source>
        <translation>Dit bestaat niet meer; misschien is het verwijderd.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="433" />
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="444" />
        <location filename="../../workbench/workspace/workspace.py" line="448" />
        <source>Edit signature</source>
        <translation>Signatuur bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="452" />
        <location filename="../../workbench/workspace/workspace.py" line="456" />
        <source>Edit sensing settings</source>
        <translation>Signaalinstellingen bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="463" />
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="471" />
        <location filename="../../workbench/workspace/workspace.py" line="572" />
        <source>This stakeholder no longer exists.</source>
        <translation>Deze stakeholder bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="474" />
        <location filename="../../workbench/workspace/workspace.py" line="490" />
        <location filename="../../workbench/workspace/workspace.py" line="648" />
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="489" />
        <source>Rename %1</source>
        <translation>Naam wijzigen in %1</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="504" />
        <source>The facilitator cannot be deleted.</source>
        <translation>De facilitator kan niet verwijderd worden.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="506" />
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="507" />
        <location filename="../../workbench/workspace/workspace.py" line="524" />
        <source>%n stakeholders</source>
        <translation>%n stakeholders</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="523" />
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="543" />
        <source>Change group members</source>
        <translation>Groepsleden wijzigen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="550" />
        <source>Add group %1</source>
        <translation>Groep %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="555" />
        <source>Edit group %1</source>
        <translation>Groep %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="559" />
        <source>Edit group</source>
        <translation>Groep bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="563" />
        <source>Delete group</source>
        <translation>Groep verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="575" />
        <source>Connect %1 and %2</source>
        <translation>%1 en %2 verbinden</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="581" />
        <location filename="../../workbench/workspace/workspace.py" line="585" />
        <source>Edit relation</source>
        <translation>Relatie bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="589" />
        <source>Disconnect</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="596" />
        <source>Add energy reading</source>
        <translation>Energiemeting toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="601" />
        <location filename="../../workbench/workspace/workspace.py" line="605" />
        <source>Edit energy reading</source>
        <translation>Energiemeting bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="609" />
        <source>Delete energy reading</source>
        <translation>Energiemeting verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="620" />
        <source>Log %1</source>
        <translation>%1 vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="627" />
        <source>Edit interaction</source>
        <translation>Contactmoment bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="631" />
        <source>Mark follow-up done</source>
        <translation>Vervolgactie afvinken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="631" />
        <source>Reopen follow-up</source>
        <translation>Vervolgactie weer openen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="636" />
        <source>Delete interaction</source>
        <translation>Contactmoment verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="643" />
        <source>Plan %1</source>
        <translation>%1 plannen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="652" />
        <source>Delete session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="18" />
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="19" />
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="20" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="21" />
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="22" />
        <source>Government</source>
        <translation>Overheid</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="23" />
        <source>Foundation</source>
        <translation>Stichting</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="24" />
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="25" />
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="32" />
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="33" />
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="34" />
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="35" />
        <source>Own way</source>
        <translation>Eigen weg</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="42" />
        <source>Loose network</source>
        <translation>Los netwerk</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="43" />
        <source>Community of Practice</source>
        <translation>Community of Practice</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="44" />
        <source>Meshwork</source>
        <translation>Vlechtwerk</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="51" />
        <source>disengaging</source>
        <translation>afhakend</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="52" />
        <source>doubting</source>
        <translation>twijfel</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="53" />
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="54" />
        <source>engaged</source>
        <translation>betrokken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="55" />
        <source>in flow</source>
        <translation>vol vuur</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="62" />
        <source>personal conversation</source>
        <translation>persoonlijk gesprek</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="63" />
        <source>phone call</source>
        <translation>telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="64" />
        <source>meeting</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="65" />
        <source>event</source>
        <translation>evenement</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="66" />
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/labels.py" line="67" />
        <source>message</source>
        <translation>bericht</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workbench/bootstrap.py" line="92" />
        <source>Cannot open workspace</source>
        <translation>Kan de werkruimte niet openen</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="36" />
        <source>%n stakeholders selected.</source>
        <translation>%n stakeholders geselecteerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="37" />
        <source>Select a stakeholder to see who they are.</source>
        <translation>Selecteer een stakeholder om te zien wie het is.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="46" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="47" />
        <source>Interests</source>
        <translation>Belangen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="48" />
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="49" />
        <source>Drivers</source>
        <translation>Drijfveren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="50" />
        <source>Value for them</source>
        <translation>Waarde voor hen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="51" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="52" />
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="53" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="54" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="41" />
        <source>&amp;Import…</source>
        <extracomment>The last import's summary dialog (kept so that it stays open; tests read it).</extracomment>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="42" />
        <source>Import Voelspriet JSON, a Kumu spreadsheet or GraphML</source>
        <translation>Voelspriet-JSON, een Kumu-spreadsheet of GraphML importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="44" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="45" />
        <source>Export to Voelspriet JSON, a Kumu spreadsheet or GraphML</source>
        <translation>Exporteren naar Voelspriet-JSON, een Kumu-spreadsheet of GraphML</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="66" />
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="66" />
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="67" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="67" />
        <source>Energy readings</source>
        <translation>Energiemetingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="68" />
        <source>Interactions</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="68" />
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="71" />
        <source>Voelspriet JSON (*.json)</source>
        <translation>Voelspriet-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="72" />
        <source>Kumu spreadsheet (*.xlsx)</source>
        <translation>Kumu-spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="73" />
        <source>Kumu table, one type per file (*.csv)</source>
        <translation>Kumu-tabel, één soort per bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="74" />
        <source>GraphML: Gephi, yEd, networkx (*.graphml)</source>
        <translation>GraphML: Gephi, yEd, networkx (*.graphml)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="78" />
        <source>Everything Voelspriet imports (%1)</source>
        <translation>Alles wat Voelspriet importeert (%1)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="86" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="97" />
        <source>Cannot import %1</source>
        <translation>Kan %1 niet importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="98" />
        <source>Nothing was imported; the workspace is unchanged.</source>
        <translation>Er is niets geïmporteerd; de werkruimte is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="113" />
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: %2 toegevoegd, %3 bijgewerkt, %4 ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="116" />
        <source>%1 skipped (see the details).</source>
        <translation>%1 overgeslagen (zie de details).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="117" />
        <source>Import finished</source>
        <translation>Import klaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="118" />
        <source>Imported %1.</source>
        <translation>%1 geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="119" />
        <source>%1 holds nothing new.</source>
        <translation>%1 bevat niets nieuws.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="121" />
        <source>The file holds no stakeholders.</source>
        <translation>Het bestand bevat geen stakeholders.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="129" />
        <source>Imported %1</source>
        <translation>%1 geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="140" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="157" />
        <source>Cannot export</source>
        <translation>Kan niet exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="160" />
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../workbench/canvas/legend.py" line="29" />
        <location filename="../../workbench/canvas/legend.py" line="67" />
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/legend.py" line="38" />
        <location filename="../../workbench/canvas/legend.py" line="69" />
        <source>Relation energy</source>
        <translation>Energie van de relatie</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/legend.py" line="34" />
        <location filename="../../workbench/canvas/legend.py" line="90" />
        <source>no reading yet</source>
        <translation>nog geen meting</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/legend.py" line="37" />
        <location filename="../../workbench/canvas/legend.py" line="94" />
        <source>thicker: longer history</source>
        <translation>dikker: langere geschiedenis</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="53" />
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="54" />
        <source>Signature</source>
        <translation>Signatuur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="55" />
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="56" />
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="57" />
        <source>Energy timeline</source>
        <translation>Energielijn</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="77" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="78" />
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="80" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="82" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="85" />
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="87" />
        <source>Export Map &amp;Image…</source>
        <translation>Kaart als &amp;afbeelding exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="89" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="93" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="94" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="99" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="100" />
        <source>&amp;About Voelspriet</source>
        <translation>&amp;Over Voelspriet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="106" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="108" />
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="152" />
        <source>Cannot open workspace</source>
        <translation>Kan de werkruimte niet openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="160" />
        <source>Open Workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="161" />
        <source>Voelspriet workspaces (*.voelspriet);;All files (*)</source>
        <translation>Voelspriet-werkruimtes (*.voelspriet);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="169" />
        <location filename="../../workbench/ui/main_window.py" line="176" />
        <source>New Workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="170" />
        <location filename="../../workbench/ui/main_window.py" line="203" />
        <source>Voelspriet workspaces (*.voelspriet)</source>
        <translation>Voelspriet-werkruimtes (*.voelspriet)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="177" />
        <source>Name of the network or community:</source>
        <translation>Naam van het netwerk of de community:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="184" />
        <source>Cannot create workspace</source>
        <translation>Kan de werkruimte niet maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="194" />
        <source>Cannot save a copy</source>
        <translation>Kan geen kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="196" />
        <source>Saved a copy as %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="202" />
        <source>Save a Copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="229" />
        <source>No recent workspaces</source>
        <translation>Geen recente werkruimtes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="234" />
        <source>Export Map Image</source>
        <translation>Kaart als afbeelding exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="235" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="246" />
        <source>Cannot export the map</source>
        <translation>Kan de kaart niet exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="248" />
        <source>Exported the map as %1</source>
        <translation>Kaart geëxporteerd als %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="254" />
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="257" />
        <source>About Voelspriet</source>
        <translation>Over Voelspriet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="258" />
        <source>Voelspriet — the facilitator's workbench for Communities of Practice and stakeholder networks. Everything stays on this computer, in one workspace file.</source>
        <translation>Voelspriet — de werkbank van de facilitator voor Communities of Practice en stakeholdernetwerken. Alles blijft op deze computer, in één werkruimtebestand.</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="95" />
        <source>Move into %1</source>
        <extracomment>Offered in the relation-kind chooser after the kinds already in use.</extracomment>
        <translation>Verplaatsen naar %1</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="167" />
        <source>Delete selection</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="251" />
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="252" />
        <source>Connect to…</source>
        <translation>Verbinden met…</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="253" />
        <location filename="../../workbench/canvas/controller.py" line="285" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="261" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="266" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="273" />
        <source>Pinned (auto-layout leaves it)</source>
        <translation>Vastgezet (automatische indeling laat hem staan)</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="278" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="292" />
        <source>Disconnect</source>
        <translation>Verbinding verwijderen</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="68" />
        <source>Find a stakeholder (Ctrl+F)</source>
        <extracomment>Distance between neighbours after auto-layout: room for a name under each node.</extracomment>
        <translation>Zoek een stakeholder (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="78" />
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="84" />
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="85" />
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="88" />
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="91" />
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="96" />
        <location filename="../../workbench/canvas/map_widget.py" line="210" />
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="97" />
        <source>Show the whole map (F); Shift+F: the selection</source>
        <translation>Toon de hele kaart (F); Shift+F: de selectie</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="98" />
        <location filename="../../workbench/canvas/map_widget.py" line="211" />
        <location filename="../../workbench/canvas/map_widget.py" line="250" />
        <source>Auto-layout</source>
        <translation>Automatisch indelen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="99" />
        <source>Arrange the map; pinned stakeholders stay put</source>
        <translation>Deel de kaart in; vastgezette stakeholders blijven staan</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="100" />
        <location filename="../../workbench/canvas/map_widget.py" line="250" />
        <source>Tidy selection</source>
        <translation>Selectie ordenen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="101" />
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="159" />
        <source>Name of the new stakeholder</source>
        <translation>Naam van de nieuwe stakeholder</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="183" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="199" />
        <source>Kind of relation</source>
        <translation>Soort relatie</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="208" />
        <source>Add stakeholder here…</source>
        <translation>Stakeholder hier toevoegen…</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="213" />
        <source>Show group regions</source>
        <translation>Groepsgebieden tonen</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="32" />
        <source>%1 stakeholders · %2 relations · %3 interactions · %4 sessions</source>
        <translation>%1 stakeholders · %2 relaties · %3 contactmomenten · %4 sessies</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="36" />
        <source>About</source>
        <translation>Waarover</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="37" />
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="38" />
        <source>Who comes and why</source>
        <translation>Wie er komt en waarom</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="39" />
        <source>Shared goal</source>
        <translation>Gedeeld doel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="43" />
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="44" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="44" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="44" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="44" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="45" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="45" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
</context>
<context>
    <name>StakeholderTable</name>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="142" />
        <source>Filter stakeholders by name, organisation, role…</source>
        <translation>Filter stakeholders op naam, organisatie, rol…</translation>
    </message>
</context>
</TS>