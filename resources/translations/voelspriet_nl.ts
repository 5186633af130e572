<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name />
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="69" />
        <location filename="../../workbench/workspace/workspace.py" line="70" />
        <location filename="../../workbench/workspace/workspace.py" line="536" />
        <location filename="../../workbench/workspace/workspace.py" line="547" />
        <source>A workspace has exactly one facilitator.</source>
        <extracomment>Child tables report an update of the entity that owns them: (entity, owner column, the owner's field that changed). A stakeholder's place on the map: edits of these alone change nothing a list or panel shows. Columns a reduced child row keeps, so that its change can name its owner. (A reading keeps its relation, so that the map recolours that line without a read.) Tables whose rows are entities of another name. Constraint name fragments → what the user is told when the database refuses an edit.</extracomment>
        <translation>Een werkruimte heeft precies één facilitator.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="71" />
        <location filename="../../workbench/workspace/workspace.py" line="72" />
        <source>These two stakeholders are already connected.</source>
        <translation>Deze twee stakeholders zijn al verbonden.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="73" />
        <location filename="../../workbench/workspace/workspace.py" line="74" />
        <location filename="../../workbench/workspace/workspace.py" line="632" />
        <source>A stakeholder cannot be connected to itself.</source>
        <translation>Een stakeholder kan niet met zichzelf verbonden worden.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="75" />
        <source>Energy must be between 1 and 5.</source>
        <translation>Energie moet tussen 1 en 5 liggen.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="76" />
        <source>A name cannot be empty.</source>
        <translation>Een naam mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="77" />
        <source>Something this edit refers to no longer exists.</source>
        <translation>Iets waar deze wijziging naar verwijst bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="78" />
        <source>Something with this id already exists.</source>
        <translation>Er bestaat al iets met deze id.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="230" />
        <source>The workspace refused this edit.</source>
        <translation>De werkruimte heeft deze wijziging geweigerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="470" />
        <source>This no longer exists; it may have been deleted.</source>
        <translation>Dit bestaat niet meer; misschien is het verwijderd.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="496" />
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="507" />
        <location filename="../../workbench/workspace/workspace.py" line="511" />
        <source>Edit signature</source>
        <translation>Signatuur bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="515" />
        <location filename="../../workbench/workspace/workspace.py" line="519" />
        <source>Edit sensing settings</source>
        <translation>Signaalinstellingen bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="526" />
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="534" />
        <location filename="../../workbench/workspace/workspace.py" line="635" />
        <source>This stakeholder no longer exists.</source>
        <translation>Deze stakeholder bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="537" />
        <location filename="../../workbench/workspace/workspace.py" line="553" />
        <location filename="../../workbench/workspace/workspace.py" line="711" />
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="552" />
        <source>Rename %1</source>
        <translation>Naam wijzigen in %1</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="567" />
        <source>The facilitator cannot be deleted.</source>
        <translation>De facilitator kan niet verwijderd worden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="90" />
        <source>&amp;Conversation</source>
        <extracomment>A contact may be dated at most this far ahead (a clock a little off, a late evening). The channel buttons, in PRODUCT.md's order; the underlined letter is the Alt shortcut.</extracomment>
        <translation>&amp;Gesprek</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="91" />
        <source>&amp;Phone call</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="92" />
        <source>&amp;Meeting</source>
        <translation>&amp;Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="93" />
        <source>E&amp;vent</source>
        <translation>E&amp;venement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="94" />
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="95" />
        <source>Messa&amp;ge</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="98" />
        <source>Doubt</source>
        <translation>Twijfel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="99" />
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="100" />
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="101" />
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="121" />
        <source>Energy goes from 1 (%1) to 5 (%2): press 1, 2, 3, 4 or 5.</source>
        <translation>Energie loopt van 1 (%1) tot 5 (%2): druk op 1, 2, 3, 4 of 5.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="206" />
        <source>Cannot read the due date “%1”: write e.g. 2024-06-01, 1-6, +7, fri or next week.</source>
        <translation>Kan de datum ‘%1’ niet lezen: schrijf bijv. 2024-06-01, 1-6, +7, vr of volgende week.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="250" />
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="293" />
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="294" />
        <source>%1 and %n others</source>
        <translation>%1 en %n anderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="467" />
        <source>Energy: press 1–5</source>
        <translation>Energie: druk op 1–5</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="468" />
        <source>Energy: %1 (%2)</source>
        <translation>Energie: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="537" />
        <source>press 1–5</source>
        <translation>druk op 1–5</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="566" />
        <source>Who took part? Type a name and press Enter to add them.</source>
        <translation>Wie deden er mee? Typ een naam en druk op Enter om iemand toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="568" />
        <source>%1 is in the future. Log a contact once it has happened; plan one with a follow-up.</source>
        <translation>%1 ligt in de toekomst. Leg een contact vast als het geweest is; plan er een met een vervolgactie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="575" />
        <source>Energy between partners needs two different people who both took part.</source>
        <translation>Energie tussen partners vraagt om twee verschillende mensen die allebei meededen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="579" />
        <source>A remark needs its text: what was said? (or remove it with ×)</source>
        <translation>Een opmerking heeft tekst nodig: wat werd er gezegd? (of haal haar weg met ×)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="581" />
        <source>Who said it? Choose someone who took part.</source>
        <translation>Wie zei het? Kies iemand die meedeed.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="585" />
        <source>A follow-up needs to say what is to be done (or remove it with ×).</source>
        <translation>Een vervolgactie moet zeggen wat er moet gebeuren (of haal haar weg met ×).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="623" />
        <source>Edit %1 with %2</source>
        <translation>%1 met %2 bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="623" />
        <source>Log %1 with %2</source>
        <translation>%1 met %2 vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="682" />
        <source>%1 with %2</source>
        <translation>%1 met %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="685" />
        <location filename="../../workbench/ui/interaction_log.py" line="426" />
        <source>%n contacts</source>
        <translation>%n contacten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="687" />
        <location filename="../../workbench/workspace/workspace.py" line="569" />
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="722" />
        <source>Remove %1 (Del)</source>
        <translation>%1 weghalen (Del)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="745" />
        <source>What was said</source>
        <translation>Wat werd er gezegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="747" />
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="756" />
        <source>Kind: type d, q, r or i</source>
        <translation>Soort: typ t (twijfel), v (vraag), o (opmerking) of i (idee)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="758" />
        <source>Said by</source>
        <translation>Gezegd door</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="761" />
        <source>Remove this remark</source>
        <translation>Deze opmerking weghalen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="805" />
        <source>What is to be done</source>
        <translation>Wat er moet gebeuren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="807" />
        <location filename="../../workbench/ui/followups.py" line="230" />
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="811" />
        <location filename="../../workbench/ui/followups.py" line="233" />
        <source>Due: +7, fri, 1-6</source>
        <translation>Wanneer: +7, vr, 1-6</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="812" />
        <location filename="../../workbench/ui/followups.py" line="234" />
        <source>When it is due: a date (2024-06-01, 1-6), a number of days (+7), 2w, a weekday (fri), tomorrow or next week; empty: no date</source>
        <translation>Wanneer het klaar moet zijn: een datum (2024-06-01, 1-6), een aantal dagen (+7), 2w, een weekdag (vr), morgen of volgende week; leeg: geen datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="818" />
        <source>Remove this follow-up</source>
        <translation>Deze vervolgactie weghalen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="849" />
        <source>(no one in particular)</source>
        <translation>(niemand in het bijzonder)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="876" />
        <source>Remove this reading</source>
        <translation>Deze meting weghalen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="941" />
        <source>Edit contact</source>
        <translation>Contact bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="941" />
        <location filename="../../workbench/ui/capture.py" line="1425" />
        <source>Log a contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="978" />
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="988" />
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="995" />
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="999" />
        <source>Type a name, Enter adds them; several people one by one</source>
        <translation>Typ een naam, Enter voegt toe; meer mensen één voor één</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1005" />
        <source>W&amp;ho</source>
        <translation>W&amp;ie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1025" />
        <source>What was it about? (Shift+Enter: a new line)</source>
        <translation>Waar ging het over? (Shift+Enter: nieuwe regel)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1028" />
        <source>&amp;Summary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1031" />
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1031" />
        <source>+ Remark  (Ctrl+R)</source>
        <translation>+ Opmerking  (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1033" />
        <location filename="../../workbench/ui/capture.py" line="1440" />
        <source>Follow-ups</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1033" />
        <source>+ Follow-up  (Ctrl+F)</source>
        <translation>+ Vervolgactie  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1035" />
        <source>Between</source>
        <translation>Onderling</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1035" />
        <source>+ Energy between two of them  (Ctrl+B)</source>
        <translation>+ Energie tussen twee van hen  (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1047" />
        <source>Enter saves · Esc cancels · Alt+underlined letter: channel or field</source>
        <translation>Enter bewaart · Esc annuleert · Alt+onderstreepte letter: kanaal of veld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1049" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1052" />
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1195" />
        <source>First add who took part: type a name and press Enter; then 1–5 sets their energy.</source>
        <translation>Voeg eerst toe wie meededen: typ een naam en druk op Enter; dan zet 1–5 hun energie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1214" />
        <source>No one in this workspace is called “%1”. Pick a name from the list (↑/↓, Enter), or add them to the map first.</source>
        <translation>Niemand in deze werkruimte heet ‘%1’. Kies een naam uit de lijst (↑/↓, Enter), of zet die persoon eerst op de kaart.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1235" />
        <source>Nobody yet: type a name and press Enter; then 1–5 for their energy.</source>
        <translation>Nog niemand: typ een naam en druk op Enter; dan 1–5 voor hun energie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1237" />
        <source>1–5: energy of the highlighted person · ↑/↓: another · Del: remove (with the Who line empty)</source>
        <translation>1–5: energie van de gemarkeerde persoon · ↑/↓: een ander · Del: weghalen (met de regel Wie leeg)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1271" />
        <source>Energy between partners needs two people who both took part.</source>
        <translation>Energie tussen partners vraagt om twee mensen die allebei meededen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1323" />
        <source>“%1” is not added yet: pick the name from the list and press Enter, or clear the Who line.</source>
        <translation>‘%1’ is nog niet toegevoegd: kies de naam uit de lijst en druk op Enter, of maak de regel Wie leeg.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1360" />
        <source>%1 — %2 undoes it</source>
        <translation>%1 — %2 maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1399" />
        <source>Discard this contact?</source>
        <translation>Dit contact weggooien?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1400" />
        <source>What you typed here will be lost.</source>
        <translation>Wat u hier typte gaat verloren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1401" />
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1402" />
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1422" />
        <source>&amp;Log a Contact…</source>
        <translation>Contact &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1424" />
        <source>Log a contact: a conversation, a call, a meeting … (Ctrl+L)</source>
        <translation>Contact vastleggen: een gesprek, een telefoontje, een bijeenkomst … (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1427" />
        <source>Add a &amp;Follow-up…</source>
        <translation>&amp;Vervolgactie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1428" />
        <source>Add a follow-up</source>
        <translation>Vervolgactie toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1429" />
        <source>Add a follow-up on its own, e.g. call Anna next week (Ctrl+Shift+L)</source>
        <translation>Een losse vervolgactie toevoegen, bijv. Anna volgende week bellen (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1433" />
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1439" />
        <source>Interactions</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1458" />
        <location filename="../../workbench/timeline/legend.py" line="78" />
        <source>Contacts</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1500" />
        <source>This contact no longer exists; it may have been deleted.</source>
        <translation>Dit contact bestaat niet meer; misschien is het verwijderd.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="570" />
        <location filename="../../workbench/workspace/workspace.py" line="587" />
        <source>%n stakeholders</source>
        <translation>%n stakeholders</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="586" />
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="606" />
        <source>Change group members</source>
        <translation>Groepsleden wijzigen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="613" />
        <source>Add group %1</source>
        <translation>Groep %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="618" />
        <source>Edit group %1</source>
        <translation>Groep %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="622" />
        <source>Edit group</source>
        <translation>Groep bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="626" />
        <source>Delete group</source>
        <translation>Groep verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="638" />
        <source>Connect %1 and %2</source>
        <translation>%1 en %2 verbinden</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="644" />
        <location filename="../../workbench/workspace/workspace.py" line="648" />
        <source>Edit relation</source>
        <translation>Relatie bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="652" />
        <source>Disconnect</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="659" />
        <location filename="../../workbench/timeline/editor.py" line="61" />
        <source>Add energy reading</source>
        <translation>Energiemeting toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="664" />
        <location filename="../../workbench/workspace/workspace.py" line="668" />
        <location filename="../../workbench/timeline/editor.py" line="61" />
        <source>Edit energy reading</source>
        <extracomment>How far ahead of now a reading may lie (clock differences, a meeting tonight).</extracomment>
        <translation>Energiemeting bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="672" />
        <source>Delete energy reading</source>
        <translation>Energiemeting verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="683" />
        <source>Log %1</source>
        <translation>%1 vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="690" />
        <source>Edit interaction</source>
        <translation>Contactmoment bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="694" />
        <source>Mark follow-up done</source>
        <translation>Vervolgactie afvinken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="694" />
        <source>Reopen follow-up</source>
        <translation>Vervolgactie weer openen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="699" />
        <source>Delete interaction</source>
        <translation>Contactmoment verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="706" />
        <source>Plan %1</source>
        <translation>%1 plannen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="715" />
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
    <message>
        <location filename="../../workbench/ui/messages.py" line="63" />
        <source>Workspace not found</source>
        <translation>Werkruimte niet gevonden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="64" />
        <source>“%1” is not in the folder %2. It may have been moved, renamed or deleted; use %3 to open it from where it is now.</source>
        <translation>‘%1’ staat niet in de map %2. Misschien is het verplaatst, hernoemd of verwijderd; open het met %3 op de plek waar het nu staat.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="66" />
        <location filename="../../workbench/ui/messages.py" line="151" />
        <source>Folder not found</source>
        <translation>Map niet gevonden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="67" />
        <location filename="../../workbench/ui/messages.py" line="152" />
        <source>Voelspriet cannot use “%1”: its folder does not exist (%2). It may have been moved, renamed or deleted; choose another folder.</source>
        <translation>Voelspriet kan ‘%1’ niet gebruiken: de map bestaat niet (%2). Misschien is die verplaatst, hernoemd of verwijderd; kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="69" />
        <source>Not a workspace</source>
        <translation>Geen werkruimte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="70" />
        <source>“%1” is a folder, not a Voelspriet workspace. Choose a workspace file (its name ends in .voelspriet).</source>
        <translation>‘%1’ is een map, geen Voelspriet-werkruimte. Kies een werkruimtebestand (de naam eindigt op .voelspriet).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="72" />
        <source>Not a Voelspriet workspace</source>
        <translation>Geen Voelspriet-werkruimte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="73" />
        <source>“%1” is not a Voelspriet workspace, so it was not opened and nothing in it was changed. To bring people and relations from a spreadsheet, a JSON file or a GraphML file into a workspace, open the workspace and use %3 in its window.</source>
        <translation>‘%1’ is geen Voelspriet-werkruimte; het is dus niet geopend en er is niets in veranderd. Wilt u mensen en relaties uit een spreadsheet, een JSON-bestand of een GraphML-bestand in een werkruimte zetten, open dan de werkruimte en gebruik %3 in het venster ervan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="76" />
        <location filename="../../workbench/ui/messages.py" line="113" />
        <location filename="../../workbench/ui/messages.py" line="154" />
        <location filename="../../workbench/ui/messages.py" line="169" />
        <source>No access</source>
        <translation>Geen toegang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="77" />
        <source>Voelspriet is not allowed to read “%1”. Ask the owner of the file for access, or copy it to a folder of your own and open the copy.</source>
        <translation>Voelspriet mag ‘%1’ niet lezen. Vraag de eigenaar van het bestand om toegang, of kopieer het naar een eigen map en open de kopie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="79" />
        <source>Workspace damaged</source>
        <translation>Werkruimte beschadigd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="80" />
        <source>“%1” is damaged, so Voelspriet did not open it and changed nothing in it. Open a saved copy or a backup of this workspace instead.</source>
        <translation>‘%1’ is beschadigd; Voelspriet heeft het daarom niet geopend en er niets in veranderd. Open in plaats daarvan een opgeslagen kopie of een back-up van deze werkruimte.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="82" />
        <source>Made with a newer Voelspriet</source>
        <translation>Gemaakt met een nieuwere Voelspriet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="83" />
        <source>“%1” was made with a newer version of Voelspriet than this one. Update Voelspriet on this computer, then open it again.</source>
        <translation>‘%1’ is gemaakt met een nieuwere versie van Voelspriet dan deze. Werk Voelspriet op deze computer bij en open het daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="85" />
        <source>Made with an older Voelspriet</source>
        <translation>Gemaakt met een oudere Voelspriet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="86" />
        <source>“%1” was made with an older version of Voelspriet. Open it with %3 to bring it up to date (a backup is made first).</source>
        <translation>‘%1’ is gemaakt met een oudere versie van Voelspriet. Open het met %3 om het bij te werken (eerst wordt er een back-up gemaakt).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="88" />
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="89" />
        <source>Voelspriet cannot save changes in “%1”: the file or its folder is read-only. Copy it to a folder you can write to (such as your Documents), then open the copy.</source>
        <translation>Voelspriet kan geen wijzigingen in ‘%1’ opslaan: het bestand of de map waarin het staat is alleen-lezen. Kopieer het naar een map waarin u mag schrijven (zoals uw Documenten) en open de kopie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="92" />
        <source>Already open</source>
        <translation>Al geopend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="93" />
        <source>“%1” is already open in another Voelspriet window; close it there first, then open it here.</source>
        <translation>‘%1’ is al geopend in een ander Voelspriet-venster; sluit het daar eerst en open het dan hier.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="95" />
        <source>Workspace closed</source>
        <translation>Werkruimte gesloten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="96" />
        <source>“%1” has been closed in this window. Use %3 to open it again.</source>
        <translation>‘%1’ is in dit venster gesloten. Open het opnieuw met %3.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="97" />
        <source>Cannot save a copy</source>
        <translation>Kan geen kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="98" />
        <source>A copy cannot take the place of the workspace itself. Choose another name for the copy.</source>
        <translation>Een kopie kan niet de plaats van de werkruimte zelf innemen. Kies een andere naam voor de kopie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="100" />
        <source>The file exists</source>
        <translation>Het bestand bestaat al</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="101" />
        <source>There is already a file called “%1” in %2. Choose another name.</source>
        <translation>Er staat al een bestand ‘%1’ in %2. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="102" />
        <source>Cannot use the workspace</source>
        <translation>Kan de werkruimte niet gebruiken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="103" />
        <source>Voelspriet cannot use “%1”. Use %3 to choose another workspace.</source>
        <translation>Voelspriet kan ‘%1’ niet gebruiken. Kies met %3 een andere werkruimte.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="110" />
        <source>File not found</source>
        <translation>Bestand niet gevonden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="111" />
        <source>“%1” is not in the folder %2. It may have been moved, renamed or deleted; use %3 to choose it where it is now.</source>
        <translation>‘%1’ staat niet in de map %2. Misschien is het verplaatst, hernoemd of verwijderd; kies het met %3 op de plek waar het nu staat.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="114" />
        <source>Voelspriet cannot read “%1”: it is not allowed to, or the file is on a disk or network folder that is not available. Copy the file to a folder of your own and import the copy.</source>
        <translation>Voelspriet kan ‘%1’ niet lezen: het mag dat niet, of het bestand staat op een schijf of netwerkmap die niet bereikbaar is. Kopieer het bestand naar een eigen map en importeer de kopie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="117" />
        <source>Not a file Voelspriet imports</source>
        <translation>Geen bestand dat Voelspriet importeert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="118" />
        <source>Voelspriet cannot import “%1”. It imports Voelspriet JSON (.json), Kumu spreadsheets (.xlsx, or .csv with one table) and GraphML (.graphml).</source>
        <translation>Voelspriet kan ‘%1’ niet importeren. Het importeert Voelspriet-JSON (.json), Kumu-spreadsheets (.xlsx, of .csv met één tabel) en GraphML (.graphml).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="120" />
        <source>Not a file</source>
        <translation>Geen bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="120" />
        <source>“%1” is a folder. Choose a file.</source>
        <translation>‘%1’ is een map. Kies een bestand.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="121" />
        <source>File too large</source>
        <translation>Bestand te groot</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="122" />
        <source>“%1” is too large to import. Split it into smaller files and import them one after the other.</source>
        <translation>‘%1’ is te groot om te importeren. Verdeel het over kleinere bestanden en importeer die na elkaar.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="124" />
        <source>Empty file</source>
        <translation>Leeg bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="124" />
        <source>“%1” is empty: there is nothing in it to import.</source>
        <translation>‘%1’ is leeg: er staat niets in om te importeren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="125" />
        <source>Not an Excel workbook</source>
        <translation>Geen Excel-werkmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="126" />
        <source>“%1” is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx), and import that.</source>
        <translation>‘%1’ is geen Excel-werkmap (.xlsx), of het is beschadigd. Open het in Excel of LibreOffice, sla het op als Excel-werkmap (.xlsx) en importeer dat bestand.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="128" />
        <source>Protected or old workbook</source>
        <translation>Beveiligde of oude werkmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="129" />
        <source>“%1” is protected with a password, or it is an old Excel file (.xls). Open it in Excel, save it as an Excel workbook (.xlsx) without a password, and import that.</source>
        <translation>‘%1’ is beveiligd met een wachtwoord, of het is een oud Excel-bestand (.xls). Open het in Excel, sla het op als Excel-werkmap (.xlsx) zonder wachtwoord en importeer dat bestand.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="132" />
        <source>Not a CSV table</source>
        <translation>Geen CSV-tabel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="133" />
        <source>“%1” is not a table Voelspriet can read. In Excel, save it as “CSV UTF-8” or as an Excel workbook (.xlsx), and import that.</source>
        <translation>‘%1’ is geen tabel die Voelspriet kan lezen. Sla het in Excel op als ‘CSV UTF-8’ of als Excel-werkmap (.xlsx) en importeer dat bestand.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="135" />
        <source>Not a Voelspriet JSON file</source>
        <translation>Geen Voelspriet-JSON-bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="136" />
        <source>“%1” is not a Voelspriet JSON file, or it is damaged.</source>
        <translation>‘%1’ is geen Voelspriet-JSON-bestand, of het is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="137" />
        <source>Not a GraphML file</source>
        <translation>Geen GraphML-bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="138" />
        <source>“%1” is not a GraphML file, or it is damaged.</source>
        <translation>‘%1’ is geen GraphML-bestand, of het is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="139" />
        <source>No elements or connections</source>
        <translation>Geen elementen of verbindingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="140" />
        <source>“%1” has no sheet of elements or connections. Voelspriet looks for a sheet whose first column heading is Label (elements: people and organisations) or From and To (connections), as Kumu writes them.</source>
        <translation>‘%1’ heeft geen werkblad met elementen of verbindingen. Voelspriet zoekt een werkblad waarvan de eerste kolomkop Label is (elementen: mensen en organisaties) of From en To (verbindingen), zoals Kumu ze schrijft.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="143" />
        <location filename="../../workbench/ui/messages.py" line="145" />
        <source>A problem in the file</source>
        <translation>Een fout in het bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="144" />
        <source>“%1” has a problem at %4. Correct it in the file, then import it again.</source>
        <translation>‘%1’ bevat een fout op %4. Verbeter die in het bestand en importeer het daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="146" />
        <source>“%1” cannot be imported: %4. Correct it in the file, then import it again.</source>
        <translation>‘%1’ kan niet geïmporteerd worden: %4. Verbeter dat in het bestand en importeer het daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="148" />
        <source>Not a format Voelspriet exports</source>
        <translation>Geen formaat waarnaar Voelspriet exporteert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="149" />
        <source>Voelspriet cannot export to “%1”. Choose Voelspriet JSON (.json), a Kumu spreadsheet (.xlsx) or GraphML (.graphml).</source>
        <translation>Voelspriet kan niet naar ‘%1’ exporteren. Kies Voelspriet-JSON (.json), een Kumu-spreadsheet (.xlsx) of GraphML (.graphml).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="155" />
        <source>Voelspriet is not allowed to write “%1” in %2. Choose a folder of your own, such as your Documents.</source>
        <translation>Voelspriet mag ‘%1’ niet in %2 schrijven. Kies een eigen map, zoals uw Documenten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="157" />
        <location filename="../../workbench/ui/messages.py" line="172" />
        <source>Disk full</source>
        <translation>Schijf vol</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="158" />
        <location filename="../../workbench/ui/messages.py" line="173" />
        <source>The disk is full: Voelspriet could not write “%1”. Make room on the disk or choose another place, then try again.</source>
        <translation>De schijf is vol: Voelspriet kon ‘%1’ niet schrijven. Maak ruimte op de schijf of kies een andere plek en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="160" />
        <source>Cannot write</source>
        <translation>Kan niet schrijven</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="161" />
        <source>Voelspriet could not write “%1” in %2 (%4). Choose another folder and try again.</source>
        <translation>Voelspriet kon ‘%1’ niet in %2 schrijven (%4). Kies een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="170" />
        <source>Voelspriet is not allowed to use “%1” in %2. Choose a folder of your own, such as your Documents.</source>
        <translation>Voelspriet mag ‘%1’ in %2 niet gebruiken. Kies een eigen map, zoals uw Documenten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="175" />
        <source>Cannot use the file</source>
        <translation>Kan het bestand niet gebruiken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="176" />
        <source>Voelspriet could not use “%1” in %2 (%4). Choose another place and try again.</source>
        <translation>Voelspriet kon ‘%1’ in %2 niet gebruiken (%4). Kies een andere plek en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="181" />
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="182" />
        <source>Voelspriet could not finish this because of an unexpected problem.</source>
        <translation>Voelspriet kon dit niet afmaken door een onverwacht probleem.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="195" />
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="222" />
        <source>The first problem is at %4.</source>
        <translation>De eerste fout staat op %4.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="252" />
        <source>the file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="252" />
        <source>its folder</source>
        <translation>de map ervan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="275" />
        <source>sheet</source>
        <translation>werkblad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="276" />
        <source>row</source>
        <translation>rij</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="277" />
        <source>column</source>
        <translation>kolom</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="278" />
        <source>line</source>
        <translation>regel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="46" />
        <source>Any time</source>
        <extracomment>The date edits show "any" at this date: no bound. (label, days back; None: any time)</extracomment>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="47" />
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="48" />
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="49" />
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="50" />
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="63" />
        <location filename="../../workbench/timeline/editor.py" line="80" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="63" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="141" />
        <source>%n remarks</source>
        <translation>%n opmerkingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="142" />
        <source>1 remark</source>
        <translation>1 opmerking</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="145" />
        <source>%n open follow-ups</source>
        <translation>%n open vervolgacties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="146" />
        <source>1 open follow-up</source>
        <translation>1 open vervolgactie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="226" />
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="231" />
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="235" />
        <source>Follow the selection</source>
        <translation>Volg de selectie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="236" />
        <source>Show the contacts of the stakeholder selected on the map or in the list</source>
        <translation>Toon de contacten van de stakeholder die op de kaart of in de lijst gekozen is</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="252" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="253" />
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="291" />
        <source>Log a contact…</source>
        <translation>Contact vastleggen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="292" />
        <source>Log a contact (Ctrl+L), with the person shown here</source>
        <translation>Contact vastleggen (Ctrl+L), met de persoon die hier getoond wordt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="295" />
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="296" />
        <source>Open the contact to read or edit it (Enter)</source>
        <translation>Het contact openen om te lezen of te bewerken (Enter)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="298" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="299" />
        <source>Delete the contact and the energy sensed in it (Del); %1 brings it back</source>
        <translation>Het contact verwijderen met de energie die erin gemeten is (Del); %1 haalt het terug</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="315" />
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="425" />
        <source>%1 of %2 contacts</source>
        <translation>%1 van %2 contacten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="458" />
        <location filename="../../workbench/ui/followups.py" line="440" />
        <source>Deleted %1 — %2 brings it back</source>
        <translation>%1 verwijderd — %2 haalt het terug</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="63" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="63" />
        <source>Due</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="164" />
        <source>1 day overdue</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="165" />
        <source>%n days overdue</source>
        <translation>%n dagen te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="167" />
        <location filename="../../workbench/timeline/plot.py" line="206" />
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="169" />
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="174" />
        <source>on its own</source>
        <translation>los</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="179" />
        <source>%1 with %2, %3</source>
        <translation>%1 met %2, %3</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="228" />
        <source>Add a follow-up, e.g. call Anna next week</source>
        <translation>Vervolgactie toevoegen, bijv. Anna volgende week bellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="236" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="117" />
        <source>no one in particular</source>
        <translation>niemand in het bijzonder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="158" />
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="162" />
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="170" />
        <source>in %n days</source>
        <translation>over %n dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="189" />
        <source>Enter or a double click opens the contact.</source>
        <translation>Enter of dubbelklikken opent het contact.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="276" />
        <source>Space: done · Enter: open the contact · F2: edit · Del: delete · overdue ones in red</source>
        <translation>Spatie: gedaan · Enter: contact openen · F2: bewerken · Del: verwijderen · te laat in rood</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="346" />
        <source>%n open</source>
        <translation>%n open</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="349" />
        <source>%n overdue</source>
        <translation>%n te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="365" />
        <location filename="../../workbench/workspace/followups.py" line="38" />
        <source>A follow-up needs to say what is to be done.</source>
        <extracomment>Followup field → followups column.</extracomment>
        <translation>Een vervolgactie moet zeggen wat er moet gebeuren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="376" />
        <source>No one in this workspace is called “%1”. Pick a name from the list, or leave it empty.</source>
        <translation>Niemand in deze werkruimte heet ‘%1’. Kies een naam uit de lijst, of laat het leeg.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="390" />
        <source>Added the follow-up “%1” — %2 undoes it</source>
        <translation>Vervolgactie ‘%1’ toegevoegd — %2 maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="409" />
        <source>Done: %1 — %2 undoes it</source>
        <translation>Gedaan: %1 — %2 maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="441" />
        <source>the follow-up</source>
        <translation>de vervolgactie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="441" />
        <source>%n follow-ups</source>
        <translation>%n vervolgacties</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/followups.py" line="48" />
        <source>Add follow-up %1</source>
        <translation>Vervolgactie %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/followups.py" line="64" />
        <source>Edit follow-up</source>
        <translation>Vervolgactie bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/followups.py" line="70" />
        <source>Delete follow-up</source>
        <translation>Vervolgactie verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/followups.py" line="70" />
        <source>Delete %n follow-ups</source>
        <translation>%n vervolgacties verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/legend.py" line="106" />
        <location filename="../../workbench/timeline/plot.py" line="410" />
        <source>one reading</source>
        <translation>één meting</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/legend.py" line="106" />
        <location filename="../../workbench/timeline/plot.py" line="411" />
        <source>%1 readings</source>
        <translation>%1 metingen</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/legend.py" line="107" />
        <source>latest: %1</source>
        <translation>laatste: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/legend.py" line="109" />
        <source>no readings yet</source>
        <translation>nog geen metingen</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="146" />
        <source>Add reading…</source>
        <extracomment>Up to this many readings the plot draws a dot on each (and smooth lines); beyond, lines only: a scatter item costs ~3 µs per point to build. Up to this many contacts in view the markers are shapes; beyond, ticks. Shapes of the interaction markers (pyqtgraph symbols), per channel. The y range: the marker lane below 1, then the scale, a little room above 5. The band's lower edge: it shades the readings at or below the threshold, not the marker lane.</extracomment>
        <translation>Meting toevoegen…</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="147" />
        <source>Add an energy reading (or click an empty place in the plot)</source>
        <translation>Een energiemeting toevoegen (of klik op een lege plek in de grafiek)</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="150" />
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="151" />
        <source>Show every reading (zoom with the wheel, drag to move in time)</source>
        <translation>Alle metingen tonen (zoom met het scrollwiel, sleep om door de tijd te gaan)</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="185" />
        <source>contacts</source>
        <translation>contacten</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="235" />
        <source>Tick to show, untick to hide</source>
        <translation>Aanvinken om te tonen, uitvinken om te verbergen</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="369" />
        <source>low energy (≤ %1)</source>
        <translation>lage energie (≤ %1)</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="394" />
        <source>Energy over time</source>
        <translation>Energie door de tijd</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="395" />
        <source>Select a stakeholder or a relation on the map or in the list to see how its energy developed over time.</source>
        <translation>Selecteer een stakeholder of een relatie op de kaart of in de lijst om te zien hoe de energie zich in de tijd ontwikkelde.</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="403" />
        <source>%1: one relation</source>
        <translation>%1: één relatie</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="403" />
        <source>%1: %2 relations</source>
        <translation>%1: %2 relaties</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="408" />
        <source>%1 relations</source>
        <translation>%1 relaties</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/plot.py" line="413" />
        <source>No relations yet: connect them on the map, then their energy readings show here.</source>
        <translation>Nog geen relaties: verbind ze op de kaart, dan verschijnen hier hun energiemetingen.</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/widget.py" line="39" />
        <source>Loading the energy timeline…</source>
        <translation>De energietijdlijn wordt geladen…</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/editor.py" line="70" />
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/editor.py" line="75" />
        <source>Press 1–5 to choose</source>
        <translation>Kies met 1–5</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/editor.py" line="76" />
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/editor.py" line="82" />
        <source>What you noticed (optional)</source>
        <translation>Wat u opmerkte (optioneel)</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/editor.py" line="83" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/editor.py" line="93" />
        <source>Delete reading</source>
        <translation>Meting verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/editor.py" line="119" />
        <source>A reading cannot lie in the future: choose today or an earlier date.</source>
        <translation>Een meting kan niet in de toekomst liggen: kies vandaag of een eerdere datum.</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/overlay.py" line="70" />
        <source>sensed</source>
        <extracomment>Line colours of the overlaid relations, in the order they are given out (the emphasised relation comes first, so a partner's facilitator relation is always the first). At most this many relations are emphasised (thick lines: a partner's relation with the facilitator); with more selected partners none is, as it would no longer stand out. Where the interaction markers sit: a lane below energy 1. A workspace with at most this many interactions has them read whole for the markers. At most this many stakeholders' interactions are read one by one for the markers. A reading or marker within this many pixels of the pointer is under it.</extracomment>
        <translation>aangevoeld</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/overlay.py" line="80" />
        <source>doubt</source>
        <translation>twijfel</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/overlay.py" line="81" />
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/overlay.py" line="82" />
        <source>remark</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/overlay.py" line="83" />
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/overlay.py" line="521" />
        <source>Energy: %1 — %2</source>
        <translation>Energie: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/overlay.py" line="523" />
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/overlay.py" line="525" />
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/overlay.py" line="539" />
        <source>During: %1, %2</source>
        <translation>Tijdens: %1, %2</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/overlay.py" line="542" />
        <source>With: %1</source>
        <translation>Met: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/timeline/overlay.py" line="546" />
        <source>Remarks:</source>
        <translation>Opmerkingen:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workbench/bootstrap.py" line="139" />
        <source>Cannot open workspace</source>
        <translation>Kan de werkruimte niet openen</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="208" />
        <source>%n stakeholders selected.</source>
        <translation>%n stakeholders geselecteerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="210" />
        <source>%n relations selected.</source>
        <translation>%n relaties geselecteerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="212" />
        <source>Select a stakeholder to see who they are.</source>
        <translation>Selecteer een stakeholder om te zien wie het is.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="120" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="35" />
        <source>Organisation</source>
        <extracomment>One-line fields: (field, label); tags are written comma-separated.</extracomment>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="36" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="43" />
        <source>Interests</source>
        <extracomment>Longer texts: (field, label, placeholder).</extracomment>
        <translation>Belangen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="44" />
        <source>What they want to achieve</source>
        <translation>Wat ze willen bereiken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="45" />
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="46" />
        <source>What they need to take part</source>
        <translation>Wat ze nodig hebben om mee te doen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="47" />
        <source>Drivers</source>
        <translation>Drijfveren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="48" />
        <source>Why they do this</source>
        <translation>Waarom ze dit doen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="49" />
        <source>Value for them</source>
        <translation>Waarde voor hen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="50" />
        <source>What they get out of it: the win-win</source>
        <translation>Wat het hun oplevert: de win-win</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="51" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="52" />
        <source>Anything else worth remembering</source>
        <translation>Wat verder het onthouden waard is</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="102" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="112" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="117" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="127" />
        <source>comma-separated, e.g. volunteer, director</source>
        <translation>gescheiden door komma's, bijv. vrijwilliger, directeur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="158" />
        <source>Kind of relation</source>
        <translation>Soort relatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="160" />
        <source>Latest energy</source>
        <translation>Laatste energie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="162" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="256" />
        <source>no reading yet</source>
        <translation>nog geen meting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="259" />
        <source>%1 (%2) — %3 readings</source>
        <translation>%1 (%2) — %3 metingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="259" />
        <source>%1 (%2) — one reading</source>
        <translation>%1 (%2) — één meting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="294" />
        <source>Cannot save this</source>
        <translation>Kan dit niet bewaren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="39" />
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="37" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="38" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <location filename="../../workbench/ui/messages.py" line="49" />
        <location filename="../../workbench/ui/interchange_actions.py" line="44" />
        <source>&amp;Import…</source>
        <extracomment>The last import's summary dialog (kept so that it stays open; tests read it).</extracomment>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="45" />
        <source>Import Voelspriet JSON, a Kumu spreadsheet or GraphML</source>
        <translation>Voelspriet-JSON, een Kumu-spreadsheet of GraphML importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="47" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="48" />
        <source>Export to Voelspriet JSON, a Kumu spreadsheet or GraphML</source>
        <translation>Exporteren naar Voelspriet-JSON, een Kumu-spreadsheet of GraphML</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="69" />
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="69" />
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="70" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="70" />
        <source>Energy readings</source>
        <translation>Energiemetingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="71" />
        <source>Interactions</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="71" />
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="74" />
        <source>Voelspriet JSON (*.json)</source>
        <translation>Voelspriet-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="75" />
        <source>Kumu spreadsheet (*.xlsx)</source>
        <translation>Kumu-spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="76" />
        <source>Kumu table, one type per file (*.csv)</source>
        <translation>Kumu-tabel, één soort per bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="77" />
        <source>GraphML: Gephi, yEd, networkx (*.graphml)</source>
        <translation>GraphML: Gephi, yEd, networkx (*.graphml)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="81" />
        <source>Everything Voelspriet imports (%1)</source>
        <translation>Alles wat Voelspriet importeert (%1)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="89" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="101" />
        <source>Cannot import %1</source>
        <translation>Kan %1 niet importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="103" />
        <source>Nothing was imported; the workspace is unchanged.</source>
        <translation>Er is niets geïmporteerd; de werkruimte is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="117" />
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: %2 toegevoegd, %3 bijgewerkt, %4 ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="120" />
        <source>%1 skipped (see the details).</source>
        <translation>%1 overgeslagen (zie de details).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="121" />
        <source>Import finished</source>
        <translation>Import klaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="122" />
        <source>Imported %1.</source>
        <translation>%1 geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="123" />
        <source>%1 holds nothing new.</source>
        <translation>%1 bevat niets nieuws.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="125" />
        <source>The file holds no stakeholders.</source>
        <translation>Het bestand bevat geen stakeholders.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="133" />
        <source>Imported %1</source>
        <translation>%1 geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="144" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="161" />
        <source>Cannot export</source>
        <translation>Kan niet exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interchange_actions.py" line="164" />
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
        <location filename="../../workbench/ui/main_window.py" line="61" />
        <source>Stakeholders</source>
        <extracomment>The map always keeps at least this much room beside the docks. The timeline dock's first height (px).</extracomment>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="62" />
        <source>Signature</source>
        <translation>Signatuur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="63" />
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="64" />
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="65" />
        <source>Energy timeline</source>
        <translation>Energielijn</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="43" />
        <location filename="../../workbench/ui/messages.py" line="48" />
        <location filename="../../workbench/ui/main_window.py" line="88" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="89" />
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="44" />
        <location filename="../../workbench/ui/main_window.py" line="91" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="93" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="96" />
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="98" />
        <source>Export Map &amp;Image…</source>
        <translation>Kaart als &amp;afbeelding exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="100" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="104" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="105" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="110" />
        <source>&amp;Meeting</source>
        <translation>&amp;Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="111" />
        <source>Start a Meeting with the Selected People…</source>
        <translation>Bijeenkomst beginnen met de gekozen mensen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="114" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="115" />
        <source>&amp;About Voelspriet</source>
        <translation>&amp;Over Voelspriet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="124" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="126" />
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="193" />
        <source>Cannot open workspace</source>
        <translation>Kan de werkruimte niet openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="201" />
        <source>Open Workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="202" />
        <source>Voelspriet workspaces (*.voelspriet);;All files (*)</source>
        <translation>Voelspriet-werkruimtes (*.voelspriet);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="210" />
        <location filename="../../workbench/ui/main_window.py" line="217" />
        <source>New Workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="211" />
        <location filename="../../workbench/ui/main_window.py" line="244" />
        <source>Voelspriet workspaces (*.voelspriet)</source>
        <translation>Voelspriet-werkruimtes (*.voelspriet)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="218" />
        <source>Name of the network or community:</source>
        <translation>Naam van het netwerk of de community:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="225" />
        <source>Cannot create workspace</source>
        <translation>Kan de werkruimte niet maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="235" />
        <source>Cannot save a copy</source>
        <translation>Kan geen kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="237" />
        <source>Saved a copy as %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="243" />
        <source>Save a Copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="270" />
        <source>No recent workspaces</source>
        <translation>Geen recente werkruimtes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="275" />
        <source>%1 map.png</source>
        <translation>%1 kaart.png</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="276" />
        <source>Export Map Image</source>
        <translation>Kaart als afbeelding exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="277" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="303" />
        <source>Cannot export the map</source>
        <translation>Kan de kaart niet exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="305" />
        <source>Exported the map as %1</source>
        <translation>Kaart geëxporteerd als %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="314" />
        <source>Who takes part?</source>
        <translation>Wie doen er mee?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="315" />
        <source>Select the people taking part on the map or in the list first (Ctrl+click adds more), then start the meeting.</source>
        <translation>Kies eerst wie meedoen op de kaart of in de lijst (Ctrl+klik voegt meer toe) en begin dan de bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="330" />
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="333" />
        <source>About Voelspriet</source>
        <translation>Over Voelspriet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="334" />
        <source>Voelspriet — the facilitator's workbench for Communities of Practice and stakeholder networks. Everything stays on this computer, in one workspace file.</source>
        <translation>Voelspriet — de werkbank van de facilitator voor Communities of Practice en stakeholdernetwerken. Alles blijft op deze computer, in één werkruimtebestand.</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="97" />
        <source>Move into %1</source>
        <extracomment>Offered in the relation-kind chooser after the kinds already in use.</extracomment>
        <translation>Verplaatsen naar %1</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="171" />
        <source>Delete selection</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="181" />
        <source>%n stakeholders</source>
        <translation>%n stakeholders</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="182" />
        <source>the relation</source>
        <translation>de relatie</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="183" />
        <source>%n relations</source>
        <translation>%n relaties</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="185" />
        <source>Deleted %1 — %2 brings it back</source>
        <translation>%1 verwijderd — %2 haalt het terug</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="263" />
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="264" />
        <source>Connect to…</source>
        <translation>Verbinden met…</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="265" />
        <source>Log a contact…</source>
        <translation>Contact vastleggen…</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="266" />
        <location filename="../../workbench/canvas/controller.py" line="298" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="274" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="279" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="286" />
        <source>Pinned (auto-layout leaves it)</source>
        <translation>Vastgezet (automatische indeling laat hem staan)</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="291" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="305" />
        <source>Disconnect</source>
        <translation>Verbinding verwijderen</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="76" />
        <source>Find a stakeholder (Ctrl+F)</source>
        <extracomment>Distance between neighbours after auto-layout: room for a name under each node.</extracomment>
        <translation>Zoek een stakeholder (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="88" />
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="107" />
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="108" />
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="111" />
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="114" />
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="94" />
        <location filename="../../workbench/canvas/map_widget.py" line="247" />
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="95" />
        <source>Show the whole map (F); Shift+F: the selection</source>
        <translation>Toon de hele kaart (F); Shift+F: de selectie</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="96" />
        <location filename="../../workbench/canvas/map_widget.py" line="248" />
        <location filename="../../workbench/canvas/map_widget.py" line="287" />
        <source>Auto-layout</source>
        <translation>Automatisch indelen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="97" />
        <source>Arrange the map; pinned stakeholders stay put</source>
        <translation>Deel de kaart in; vastgezette stakeholders blijven staan</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="98" />
        <location filename="../../workbench/canvas/map_widget.py" line="287" />
        <source>Tidy selection</source>
        <translation>Selectie ordenen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="99" />
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="106" />
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="118" />
        <source>Nothing matches these filters.</source>
        <translation>Niets voldoet aan deze filters.</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="121" />
        <source>Show everyone</source>
        <translation>Iedereen tonen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="122" />
        <source>Clear every filter</source>
        <translation>Alle filters wissen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="193" />
        <source>Name of the new stakeholder</source>
        <translation>Naam van de nieuwe stakeholder</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="217" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="234" />
        <source>Kind of relation between %1 and %2</source>
        <translation>Soort relatie tussen %1 en %2</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="236" />
        <source>Kind of relation</source>
        <translation>Soort relatie</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="245" />
        <source>Add stakeholder here…</source>
        <translation>Stakeholder hier toevoegen…</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="250" />
        <source>Show group regions</source>
        <translation>Groepsgebieden tonen</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="46" />
        <source>doubt</source>
        <extracomment>The draft of the meeting being captured (one at a time). How soon after typing the draft is written (ms): often enough to lose nothing.</extracomment>
        <translation>twijfel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="47" />
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="48" />
        <source>remark</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="49" />
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="105" />
        <source>energy: press 1–5</source>
        <translation>energie: druk 1–5</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="128" />
        <location filename="../../workbench/ui/meeting.py" line="300" />
        <source>Meeting: %1</source>
        <translation>Bijeenkomst: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="145" />
        <source>End meeting (Ctrl+Enter)</source>
        <translation>Bijeenkomst afsluiten (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="149" />
        <source>Arrow keys or the first letters of a name pick a person; 1–5 sets their energy; Tab goes to the remark line.</source>
        <translation>Pijltjestoetsen of de eerste letters van een naam kiezen iemand; 1–5 legt de energie vast; Tab gaat naar de regel voor opmerkingen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="169" />
        <source>What they say (Enter adds it)</source>
        <translation>Wat iemand zegt (Enter voegt het toe)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="174" />
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="191" />
        <source>Summary of the meeting (optional)</source>
        <translation>Samenvatting van de bijeenkomst (mag leeg)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="272" />
        <source>%1 says:</source>
        <translation>%1 zegt:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="310" />
        <source>Cannot save the meeting</source>
        <translation>Kan de bijeenkomst niet bewaren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="322" />
        <source>Close the meeting?</source>
        <translation>Bijeenkomst sluiten?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="323" />
        <source>The meeting is not saved yet. Close it and keep it as a draft (offered again next time), or go back to it?</source>
        <translation>De bijeenkomst is nog niet bewaard. Sluiten en als concept bewaren (volgende keer aangeboden), of teruggaan?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="341" />
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="354" />
        <source>Go on with the meeting?</source>
        <translation>Verder met de bijeenkomst?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/meeting.py" line="355" />
        <source>The meeting “%1” was not ended. Go on with it (nothing typed is lost), or throw it away?</source>
        <translation>De bijeenkomst ‘%1’ is niet afgesloten. Ermee verdergaan (er is niets verloren), of weggooien?</translation>
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
        <location filename="../../workbench/ui/stakeholder_table.py" line="48" />
        <source>Name</source>
        <extracomment>The names keep at least this much room; other columns show only beside it.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="48" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="48" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="48" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="49" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="49" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
</context>
<context>
    <name>StakeholderTable</name>
    <message>
        <location filename="../../workbench/ui/stakeholder_table.py" line="155" />
        <source>Filter stakeholders by name, organisation, role…</source>
        <translation>Filter stakeholders op naam, organisatie, rol…</translation>
    </message>
</context>
</TS>