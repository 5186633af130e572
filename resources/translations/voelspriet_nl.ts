<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name />
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="84" />
        <location filename="../../workbench/workspace/workspace.py" line="85" />
        <location filename="../../workbench/workspace/workspace.py" line="618" />
        <location filename="../../workbench/workspace/workspace.py" line="629" />
        <source>A workspace has exactly one facilitator.</source>
        <extracomment>Child tables report an update of the entity that owns them: (entity, owner column, the owner's field that changed). A stakeholder's place on the map: edits of these alone change nothing a list or panel shows. Columns a reduced child row keeps, so that its change can name its owner. (A reading keeps its relation, so that the map recolours that line without a read.) A follow-up's fields → its columns. A session's fields ``set_session_fields`` edits. The longest an agenda item may last (minutes): a whole day. Tables whose rows are entities of another name. Constraint name fragments → what the user is told when the database refuses an edit.</extracomment>
        <translation>Een werkruimte heeft precies één facilitator.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="86" />
        <location filename="../../workbench/workspace/workspace.py" line="87" />
        <source>These two stakeholders are already connected.</source>
        <translation>Deze twee stakeholders zijn al verbonden.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="88" />
        <location filename="../../workbench/workspace/workspace.py" line="89" />
        <location filename="../../workbench/workspace/workspace.py" line="714" />
        <source>A stakeholder cannot be connected to itself.</source>
        <translation>Een stakeholder kan niet met zichzelf verbonden worden.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="90" />
        <source>Energy must be between 1 and 5.</source>
        <translation>Energie moet tussen 1 en 5 liggen.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="91" />
        <source>A name cannot be empty.</source>
        <translation>Een naam mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="92" />
        <source>Something this edit refers to no longer exists.</source>
        <translation>Iets waar deze wijziging naar verwijst bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="93" />
        <source>Something with this id already exists.</source>
        <translation>Er bestaat al iets met deze id.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="245" />
        <source>The workspace refused this edit.</source>
        <translation>De werkruimte heeft deze wijziging geweigerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="536" />
        <source>This no longer exists; it may have been deleted.</source>
        <translation>Dit bestaat niet meer; misschien is het verwijderd.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="562" />
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="573" />
        <location filename="../../workbench/workspace/workspace.py" line="577" />
        <source>Edit signature</source>
        <translation>Signatuur bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="581" />
        <location filename="../../workbench/workspace/workspace.py" line="585" />
        <source>Edit sensing settings</source>
        <translation>Signaalinstellingen bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="592" />
        <source>Snooze %1</source>
        <translation>%1 uitstellen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="601" />
        <source>Dismiss %1</source>
        <translation>%1 wegleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="608" />
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="616" />
        <location filename="../../workbench/workspace/workspace.py" line="717" />
        <source>This stakeholder no longer exists.</source>
        <translation>Deze stakeholder bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="619" />
        <location filename="../../workbench/workspace/workspace.py" line="635" />
        <location filename="../../workbench/workspace/workspace.py" line="823" />
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="634" />
        <source>Rename %1</source>
        <translation>Naam wijzigen in %1</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="649" />
        <source>The facilitator cannot be deleted.</source>
        <translation>De facilitator kan niet verwijderd worden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="93" />
        <source>&amp;Conversation</source>
        <extracomment>A contact may be dated at most this far ahead (a clock a little off, a late evening). The channel buttons, in PRODUCT.md's order; the underlined letter is the Alt shortcut.</extracomment>
        <translation>&amp;Gesprek</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="94" />
        <source>&amp;Phone call</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="95" />
        <source>&amp;Meeting</source>
        <translation>&amp;Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="96" />
        <source>E&amp;vent</source>
        <translation>E&amp;venement</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="97" />
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="98" />
        <source>Messa&amp;ge</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="101" />
        <location filename="../../workbench/workspace/radar_words.py" line="32" />
        <source>Doubt</source>
        <translation>Twijfel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="102" />
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="103" />
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="104" />
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="124" />
        <source>Energy goes from 1 (%1) to 5 (%2): press 1, 2, 3, 4 or 5.</source>
        <translation>Energie loopt van 1 (%1) tot 5 (%2): druk op 1, 2, 3, 4 of 5.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="209" />
        <source>Cannot read the due date “%1”: write e.g. 2024-06-01, 1-6, +7, fri or next week.</source>
        <translation>Kan de datum ‘%1’ niet lezen: schrijf bijv. 2024-06-01, 1-6, +7, vr of volgende week.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="253" />
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="296" />
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="297" />
        <source>%1 and %n others</source>
        <translation>%1 en %n anderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="470" />
        <source>Energy: press 1–5</source>
        <translation>Energie: druk op 1–5</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="471" />
        <source>Energy: %1 (%2)</source>
        <translation>Energie: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="540" />
        <source>press 1–5</source>
        <translation>druk op 1–5</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="569" />
        <source>Who took part? Type a name and press Enter to add them.</source>
        <translation>Wie deden er mee? Typ een naam en druk op Enter om iemand toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="571" />
        <source>%1 is in the future. Log a contact once it has happened; plan one with a follow-up.</source>
        <translation>%1 ligt in de toekomst. Leg een contact vast als het geweest is; plan er een met een vervolgactie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="578" />
        <source>Energy between partners needs two different people who both took part.</source>
        <translation>Energie tussen partners vraagt om twee verschillende mensen die allebei meededen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="582" />
        <source>A remark needs its text: what was said? (or remove it with ×)</source>
        <translation>Een opmerking heeft tekst nodig: wat werd er gezegd? (of haal haar weg met ×)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="584" />
        <source>Who said it? Choose someone who took part.</source>
        <translation>Wie zei het? Kies iemand die meedeed.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="588" />
        <source>A follow-up needs to say what is to be done (or remove it with ×).</source>
        <translation>Een vervolgactie moet zeggen wat er moet gebeuren (of haal haar weg met ×).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="625" />
        <source>Edit %1 with %2</source>
        <translation>%1 met %2 bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="625" />
        <source>Log %1 with %2</source>
        <translation>%1 met %2 vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="684" />
        <source>%1 with %2</source>
        <translation>%1 met %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="687" />
        <location filename="../../workbench/ui/interaction_log.py" line="442" />
        <source>%n contacts</source>
        <translation>%n contacten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="689" />
        <location filename="../../workbench/workspace/workspace.py" line="651" />
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="724" />
        <source>Remove %1 (Del)</source>
        <translation>%1 weghalen (Del)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="747" />
        <source>What was said</source>
        <translation>Wat werd er gezegd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="749" />
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="758" />
        <source>Kind: type d, q, r or i</source>
        <translation>Soort: typ t (twijfel), v (vraag), o (opmerking) of i (idee)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="760" />
        <source>Said by</source>
        <translation>Gezegd door</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="763" />
        <source>Remove this remark</source>
        <translation>Deze opmerking weghalen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="807" />
        <source>What is to be done</source>
        <translation>Wat er moet gebeuren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="809" />
        <location filename="../../workbench/ui/followups.py" line="217" />
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="813" />
        <location filename="../../workbench/ui/followups.py" line="220" />
        <source>Due: +7, fri, 1-6</source>
        <translation>Wanneer: +7, vr, 1-6</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="814" />
        <location filename="../../workbench/ui/followups.py" line="221" />
        <source>When it is due: a date (2024-06-01, 1-6), a number of days (+7), 2w, a weekday (fri), tomorrow or next week; empty: no date</source>
        <translation>Wanneer het klaar moet zijn: een datum (2024-06-01, 1-6), een aantal dagen (+7), 2w, een weekdag (vr), morgen of volgende week; leeg: geen datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="820" />
        <source>Remove this follow-up</source>
        <translation>Deze vervolgactie weghalen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="851" />
        <source>(no one in particular)</source>
        <translation>(niemand in het bijzonder)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="878" />
        <source>Remove this reading</source>
        <translation>Deze meting weghalen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="943" />
        <source>Edit contact</source>
        <translation>Contact bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="943" />
        <location filename="../../workbench/ui/capture.py" line="1434" />
        <source>Log a contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="982" />
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="992" />
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="999" />
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1003" />
        <source>Type a name, Enter adds them; several people one by one</source>
        <translation>Typ een naam, Enter voegt toe; meer mensen één voor één</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1009" />
        <source>W&amp;ho</source>
        <translation>W&amp;ie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1029" />
        <source>What was it about? (Shift+Enter: a new line)</source>
        <translation>Waar ging het over? (Shift+Enter: nieuwe regel)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1032" />
        <source>&amp;Summary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1035" />
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1035" />
        <source>+ Remark  (Ctrl+R)</source>
        <translation>+ Opmerking  (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1037" />
        <location filename="../../workbench/ui/capture.py" line="1449" />
        <location filename="../../workbench/brief/content.py" line="176" />
        <source>Follow-ups</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1037" />
        <source>+ Follow-up  (Ctrl+F)</source>
        <translation>+ Vervolgactie  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1039" />
        <source>Between</source>
        <translation>Onderling</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1039" />
        <source>+ Energy between two of them  (Ctrl+B)</source>
        <translation>+ Energie tussen twee van hen  (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1051" />
        <source>Enter saves · Esc cancels · Alt+underlined letter: channel or field</source>
        <translation>Enter bewaart · Esc annuleert · Alt+onderstreepte letter: kanaal of veld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="96" />
        <source>Log the call…</source>
        <extracomment>A burst of changes within this many milliseconds costs one recompute. Snoozing suggests this many days. Badge colours per signal: (background, text), dark text on a light tint, readable. The channel a suggested action is logged as.</extracomment>
        <translation>Telefoontje vastleggen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="97" />
        <location filename="../../workbench/ui/radar_dock.py" line="471" />
        <source>Log the talk…</source>
        <translation>Gesprek vastleggen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="98" />
        <source>Log the meeting…</source>
        <translation>Overleg vastleggen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="99" />
        <source>Log the message…</source>
        <translation>Bericht vastleggen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="110" />
        <source>You (the facilitator's own follow-ups)</source>
        <translation>Jijzelf (je eigen vervolgacties)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="339" />
        <location filename="../../workbench/ui/radar_dock.py" line="358" />
        <source>Snooze</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="342" />
        <source>Leave %1 off the radar until:</source>
        <translation>%1 van de radar laten tot:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="353" />
        <source>It shows again on that day, or at once if you undo.</source>
        <translation>Op die dag komt het terug, of meteen als je het ongedaan maakt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="359" />
        <location filename="../../workbench/ui/radar_dock.py" line="712" />
        <location filename="../../workbench/ui/sensing_settings.py" line="224" />
        <location filename="../../workbench/ui/capture.py" line="1053" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="441" />
        <source>Rules…</source>
        <translation>Regels…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="442" />
        <source>Sensing settings: when the radar flags someone</source>
        <translation>Signaalinstellingen: wanneer de radar iemand aanwijst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="469" />
        <source>Select them on the map and show their details (Enter)</source>
        <translation>Op de kaart kiezen en hun gegevens tonen (Enter)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="473" />
        <location filename="../../workbench/ui/radar_dock.py" line="744" />
        <source>Snooze…</source>
        <translation>Uitstellen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="474" />
        <source>Leave it off the radar until a day you choose</source>
        <translation>Van de radar laten tot een dag die je kiest</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="476" />
        <source>Own way…</source>
        <translation>Eigen weg…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="477" />
        <source>They went their own way: stop flagging them</source>
        <translation>Gaat een eigen weg: niet meer aanwijzen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="479" />
        <location filename="../../workbench/ui/radar_dock.py" line="491" />
        <source>Dismiss</source>
        <translation>Wegleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="480" />
        <source>Off the radar until something new happens (Del)</source>
        <translation>Van de radar tot er iets nieuws gebeurt (Del)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="594" />
        <source>%1 on the radar on %2, most urgent first</source>
        <translation>%1 op de radar op %2, de dringendste eerst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="598" />
        <source>Nobody needs attention now. Snoozed and dismissed findings come back on their day, or when something new happens.</source>
        <translation>Niemand heeft nu aandacht nodig. Wat is uitgesteld of weggelegd komt terug op zijn dag, of als er iets nieuws gebeurt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="632" />
        <source>Log the contact with them, the people and the kind filled in</source>
        <translation>Het contact met hen vastleggen, met de mensen en de soort al ingevuld</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="671" />
        <source>Snoozed %1 until %2 — %3 brings it back</source>
        <translation>%1 uitgesteld tot %2 — %3 haalt het terug</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="680" />
        <source>Dismissed %1 until something new happens — %2 brings it back</source>
        <translation>%1 weggelegd tot er iets nieuws gebeurt — %2 haalt het terug</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="698" />
        <source>%1 has gone their own way and is no longer flagged — %2 undoes it</source>
        <translation>%1 gaat een eigen weg en wordt niet meer aangewezen — %2 maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="703" />
        <source>Gone their own way?</source>
        <translation>Een eigen weg gegaan?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="704" />
        <source>Mark %1 as gone their own way?</source>
        <translation>%1 markeren als een eigen weg gegaan?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="708" />
        <source>People move on, and that is fine. The radar will no longer flag %1: no silence, energy, doubts or follow-ups. Their history stays, and you can set their status back in their details at any time.</source>
        <translation>Mensen gaan verder, en dat is goed. De radar wijst %1 niet meer aan: geen stilte, energie, twijfels of vervolgacties. Hun geschiedenis blijft, en je kunt hun status altijd terugzetten in hun gegevens.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="711" />
        <source>Mark as gone their own way</source>
        <translation>Markeren als een eigen weg gegaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="728" />
        <source>Gone their own way</source>
        <translation>Een eigen weg gegaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="730" />
        <location filename="../../workbench/ui/radar_dock.py" line="747" />
        <source>%1 has gone their own way…</source>
        <translation>%1 gaat een eigen weg…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="752" />
        <source>Sensing Settings…</source>
        <translation>Signaalinstellingen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="773" />
        <source>Sensing &amp;Settings…</source>
        <translation>&amp;Signaalinstellingen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="774" />
        <source>When the radar flags someone: the thresholds of each rule</source>
        <translation>Wanneer de radar iemand aanwijst: de drempels van elke regel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="54" />
        <location filename="../../workbench/workspace/radar_words.py" line="30" />
        <source>Silence</source>
        <extracomment>The groups of rules, in order: (title, rules).</extracomment>
        <translation>Stilte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="55" />
        <source>Minimum silence</source>
        <translation>Minimale stilte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="55" />
        <location filename="../../workbench/ui/sensing_settings.py" line="85" />
        <location filename="../../workbench/ui/sensing_settings.py" line="94" />
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="56" />
        <source>An active partner is flagged after at least this many days without contact.</source>
        <translation>Een actieve partner wordt aangewezen na minstens zoveel dagen zonder contact.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="58" />
        <source>Rhythm factor</source>
        <translation>Ritmefactor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="59" />
        <source>× their usual gap</source>
        <translation>× hun gewone tussenpoos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="60" />
        <source>Someone you usually speak with rarely gets this many times their usual gap, when that is longer.</source>
        <translation>Wie je zelden spreekt krijgt zoveel keer de gewone tussenpoos, als die langer is.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="63" />
        <source>Rhythm known from</source>
        <translation>Ritme bekend vanaf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="65" />
        <source>Their usual gap (the median) counts from this many contacts on.</source>
        <translation>De gewone tussenpoos (de mediaan) telt vanaf zoveel contacten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="67" />
        <source>Talk in person past</source>
        <translation>Persoonlijk spreken na</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="68" />
        <source>× the limit</source>
        <translation>× de grens</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="69" />
        <source>Silent longer than this: a personal conversation rather than a call.</source>
        <translation>Langer stil dan dit: liever een persoonlijk gesprek dan een telefoontje.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="73" />
        <source>Low at or below</source>
        <translation>Laag bij of onder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="73" />
        <source>(1–5)</source>
        <translation>(1–5)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="74" />
        <source>A latest reading this low is flagged: with you as low energy, between partners as drifting apart.</source>
        <translation>Een laatste meting zo laag wordt aangewezen: met jou als lage energie, tussen partners als uit elkaar groeien.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="77" />
        <source>Or a drop of</source>
        <translation>Of een daling van</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="77" />
        <source>steps</source>
        <translation>stappen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="78" />
        <source>… or a latest reading this much below the highest of the readings before it.</source>
        <translation>… of een laatste meting zoveel onder de hoogste van de metingen ervoor.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="80" />
        <source>Readings before it</source>
        <translation>Metingen ervoor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="80" />
        <source>readings</source>
        <translation>metingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="81" />
        <source>How many earlier readings a drop is measured against.</source>
        <translation>Tegen hoeveel eerdere metingen een daling wordt gemeten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="84" />
        <source>Doubts</source>
        <translation>Twijfels</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="85" />
        <source>Doubts of the last</source>
        <translation>Twijfels van de laatste</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="86" />
        <source>A doubt raised this recently, with no contact since, is flagged.</source>
        <translation>Een twijfel van zo kort geleden, zonder contact sindsdien, wordt aangewezen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="89" />
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="90" />
        <source>Raised by at least</source>
        <translation>Genoemd door minstens</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="90" />
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="91" />
        <source>The same theme from this many partners: adjust the communication for everyone.</source>
        <translation>Hetzelfde thema van zoveel partners: de communicatie voor iedereen bijstellen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="94" />
        <source>Within the last</source>
        <translation>Binnen de laatste</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="95" />
        <source>Only remarks this recent count towards a theme.</source>
        <translation>Alleen opmerkingen van zo kort geleden tellen mee voor een thema.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="119" />
        <source>%1: enter a whole number from %2 to %3.</source>
        <translation>%1: vul een heel getal in van %2 tot %3.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="120" />
        <source>%1: enter a number from %2 to %3, such as 1.5.</source>
        <translation>%1: vul een getal in van %2 tot %3, zoals 1,5.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="152" />
        <source>Sensing settings</source>
        <translation>Signaalinstellingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="159" />
        <source>When the radar flags someone. Each rule is explained under its field; the radar follows as soon as you save.</source>
        <translation>Wanneer de radar iemand aanwijst. Onder elk veld staat wat de regel doet; de radar volgt zodra je bewaart.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="197" />
        <source>The radar's day</source>
        <translation>De dag van de radar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="199" />
        <source>Sense as of a fixed day:</source>
        <translation>Kijken vanaf een vaste dag:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="207" />
        <source>For an archived or demo workspace: the radar looks at this day instead of today.</source>
        <translation>Voor een gearchiveerde of demowerkruimte: de radar kijkt naar deze dag in plaats van vandaag.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="223" />
        <location filename="../../workbench/ui/capture.py" line="1056" />
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="225" />
        <source>Default values</source>
        <translation>Standaardwaarden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="226" />
        <source>Fill in the values Voelspriet starts with (saved only when you save)</source>
        <translation>De waarden invullen waarmee Voelspriet begint (pas bewaard als je bewaart)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sensing_settings.py" line="276" />
        <source>Saved the sensing settings — %1 undoes it</source>
        <translation>Signaalinstellingen bewaard — %1 maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1199" />
        <source>First add who took part: type a name and press Enter; then 1–5 sets their energy.</source>
        <translation>Voeg eerst toe wie meededen: typ een naam en druk op Enter; dan zet 1–5 hun energie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1218" />
        <source>No one in this workspace is called “%1”. Pick a name from the list (↑/↓, Enter), or add them to the map first.</source>
        <translation>Niemand in deze werkruimte heet ‘%1’. Kies een naam uit de lijst (↑/↓, Enter), of zet die persoon eerst op de kaart.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1239" />
        <source>Nobody yet: type a name and press Enter; then 1–5 for their energy.</source>
        <translation>Nog niemand: typ een naam en druk op Enter; dan 1–5 voor hun energie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1241" />
        <source>1–5: energy of the highlighted person · ↑/↓: another · Del: remove (with the Who line empty)</source>
        <translation>1–5: energie van de gemarkeerde persoon · ↑/↓: een ander · Del: weghalen (met de regel Wie leeg)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1277" />
        <source>Energy between partners needs two people who both took part.</source>
        <translation>Energie tussen partners vraagt om twee mensen die allebei meededen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1329" />
        <source>“%1” is not added yet: pick the name from the list and press Enter, or clear the Who line.</source>
        <translation>‘%1’ is nog niet toegevoegd: kies de naam uit de lijst en druk op Enter, of maak de regel Wie leeg.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1366" />
        <source>%1 — %2 undoes it</source>
        <translation>%1 — %2 maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1405" />
        <source>Discard this contact?</source>
        <translation>Dit contact weggooien?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1406" />
        <source>What you typed here will be lost.</source>
        <translation>Wat u hier typte gaat verloren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1407" />
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1408" />
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1431" />
        <source>&amp;Log a Contact…</source>
        <translation>Contact &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1433" />
        <source>Log a contact: a conversation, a call, a meeting … (Ctrl+L)</source>
        <translation>Contact vastleggen: een gesprek, een telefoontje, een bijeenkomst … (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1436" />
        <source>Add a &amp;Follow-up…</source>
        <translation>&amp;Vervolgactie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1437" />
        <source>Add a follow-up</source>
        <translation>Vervolgactie toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1438" />
        <source>Add a follow-up on its own, e.g. call Anna next week (Ctrl+Shift+L)</source>
        <translation>Een losse vervolgactie toevoegen, bijv. Anna volgende week bellen (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1442" />
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1448" />
        <source>Interactions</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1462" />
        <location filename="../../workbench/timeline/legend.py" line="78" />
        <source>Contacts</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/capture.py" line="1525" />
        <source>This contact no longer exists; it may have been deleted.</source>
        <translation>Dit contact bestaat niet meer; misschien is het verwijderd.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="652" />
        <location filename="../../workbench/workspace/workspace.py" line="669" />
        <source>%n stakeholders</source>
        <translation>%n stakeholders</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="668" />
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="688" />
        <source>Change group members</source>
        <translation>Groepsleden wijzigen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="695" />
        <source>Add group %1</source>
        <translation>Groep %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="700" />
        <source>Edit group %1</source>
        <translation>Groep %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="704" />
        <source>Edit group</source>
        <translation>Groep bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="708" />
        <source>Delete group</source>
        <translation>Groep verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="720" />
        <source>Connect %1 and %2</source>
        <translation>%1 en %2 verbinden</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="726" />
        <location filename="../../workbench/workspace/workspace.py" line="730" />
        <source>Edit relation</source>
        <translation>Relatie bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="734" />
        <source>Disconnect</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="741" />
        <location filename="../../workbench/timeline/editor.py" line="61" />
        <source>Add energy reading</source>
        <translation>Energiemeting toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="746" />
        <location filename="../../workbench/workspace/workspace.py" line="750" />
        <location filename="../../workbench/timeline/editor.py" line="61" />
        <source>Edit energy reading</source>
        <extracomment>How far ahead of now a reading may lie (clock differences, a meeting tonight).</extracomment>
        <translation>Energiemeting bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="754" />
        <source>Delete energy reading</source>
        <translation>Energiemeting verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="765" />
        <source>Log %1</source>
        <translation>%1 vastleggen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="772" />
        <source>Edit interaction</source>
        <translation>Contactmoment bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="776" />
        <source>Mark follow-up done</source>
        <translation>Vervolgactie afvinken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="776" />
        <source>Reopen follow-up</source>
        <translation>Vervolgactie weer openen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="811" />
        <source>Delete interaction</source>
        <translation>Contactmoment verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="818" />
        <source>Plan %1</source>
        <translation>%1 plannen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="827" />
        <source>Delete session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="832" />
        <source>This session no longer exists; it may have been deleted.</source>
        <translation>Deze sessie bestaat niet meer; misschien is ze verwijderd.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="844" />
        <source>A session needs a title.</source>
        <translation>Een sessie heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="849" />
        <source>Edit session %1</source>
        <translation>Sessie %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="857" />
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="860" />
        <source>Duplicate %1</source>
        <translation>%1 dupliceren</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="875" />
        <source>Change attendees of %1</source>
        <translation>Deelnemers van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="883" />
        <source>An agenda item needs a title.</source>
        <translation>Een agendapunt heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="885" />
        <source>An agenda item lasts from 0 to %1 minutes.</source>
        <translation>Een agendapunt duurt 0 tot %1 minuten.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="889" />
        <source>Edit agenda of %1</source>
        <translation>Agenda van %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="895" />
        <source>%n people</source>
        <translation>%n mensen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="895" />
        <source>a finding</source>
        <translation>een signaal</translation>
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
        <location filename="../../workbench/brief/content.py" line="132" />
        <source>Radio silence</source>
        <translation>Radiostilte</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="134" />
        <source>Open doubt</source>
        <translation>Open twijfel</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="144" />
        <source>a phone call</source>
        <translation>een telefoontje</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="145" />
        <source>a personal conversation</source>
        <translation>een persoonlijk gesprek</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="146" />
        <source>bring them together</source>
        <translation>breng ze samen</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="147" />
        <source>adjust the communication</source>
        <translation>pas de communicatie aan</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="148" />
        <source>follow up</source>
        <translation>opvolgen</translation>
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
        <location filename="../../workbench/ui/messages.py" line="161" />
        <source>Folder not found</source>
        <translation>Map niet gevonden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="67" />
        <location filename="../../workbench/ui/messages.py" line="162" />
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
        <location filename="../../workbench/ui/messages.py" line="123" />
        <location filename="../../workbench/ui/messages.py" line="164" />
        <location filename="../../workbench/ui/messages.py" line="179" />
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
        <source>Encrypted workspace</source>
        <translation>Versleutelde werkruimte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="103" />
        <source>“%1” is encrypted. Open it with %3 and enter its passphrase.</source>
        <translation>‘%1’ is versleuteld. Open de werkruimte met %3 en geef het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="104" />
        <source>Wrong passphrase</source>
        <translation>Verkeerd wachtwoord</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="105" />
        <source>The passphrase for “%1” is not right, so it was not opened and nothing in it was changed. If you are sure of the passphrase, the file may be damaged: open a backup.</source>
        <translation>Het wachtwoord voor ‘%1’ klopt niet, dus de werkruimte is niet geopend en er is niets in veranderd. Weet je zeker dat het wachtwoord klopt, dan is het bestand misschien beschadigd: open een reservekopie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="107" />
        <source>Passphrase not usable</source>
        <translation>Wachtwoord niet bruikbaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="108" />
        <source>This passphrase cannot be used for “%1”. Choose another one.</source>
        <translation>Dit wachtwoord kan niet gebruikt worden voor ‘%1’. Kies een ander.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="109" />
        <source>Encryption not available</source>
        <translation>Versleuteling niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="110" />
        <source>“%1” is encrypted, or was to be, but this installation of Voelspriet cannot encrypt or decrypt workspaces. Open it with a Voelspriet that can.</source>
        <translation>‘%1’ is versleuteld, of zou dat worden, maar deze installatie van Voelspriet kan werkruimtes niet versleutelen of ontsleutelen. Open de werkruimte met een Voelspriet die dat wel kan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="112" />
        <source>Cannot use the workspace</source>
        <translation>Kan de werkruimte niet gebruiken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="113" />
        <source>Voelspriet cannot use “%1”. Use %3 to choose another workspace.</source>
        <translation>Voelspriet kan ‘%1’ niet gebruiken. Kies met %3 een andere werkruimte.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="120" />
        <source>File not found</source>
        <translation>Bestand niet gevonden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="121" />
        <source>“%1” is not in the folder %2. It may have been moved, renamed or deleted; use %3 to choose it where it is now.</source>
        <translation>‘%1’ staat niet in de map %2. Misschien is het verplaatst, hernoemd of verwijderd; kies het met %3 op de plek waar het nu staat.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="124" />
        <source>Voelspriet cannot read “%1”: it is not allowed to, or the file is on a disk or network folder that is not available. Copy the file to a folder of your own and import the copy.</source>
        <translation>Voelspriet kan ‘%1’ niet lezen: het mag dat niet, of het bestand staat op een schijf of netwerkmap die niet bereikbaar is. Kopieer het bestand naar een eigen map en importeer de kopie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="127" />
        <source>Not a file Voelspriet imports</source>
        <translation>Geen bestand dat Voelspriet importeert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="128" />
        <source>Voelspriet cannot import “%1”. It imports Voelspriet JSON (.json), Kumu spreadsheets (.xlsx, or .csv with one table) and GraphML (.graphml).</source>
        <translation>Voelspriet kan ‘%1’ niet importeren. Het importeert Voelspriet-JSON (.json), Kumu-spreadsheets (.xlsx, of .csv met één tabel) en GraphML (.graphml).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="130" />
        <source>Not a file</source>
        <translation>Geen bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="130" />
        <source>“%1” is a folder. Choose a file.</source>
        <translation>‘%1’ is een map. Kies een bestand.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="131" />
        <source>File too large</source>
        <translation>Bestand te groot</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="132" />
        <source>“%1” is too large to import. Split it into smaller files and import them one after the other.</source>
        <translation>‘%1’ is te groot om te importeren. Verdeel het over kleinere bestanden en importeer die na elkaar.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="134" />
        <source>Empty file</source>
        <translation>Leeg bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="134" />
        <source>“%1” is empty: there is nothing in it to import.</source>
        <translation>‘%1’ is leeg: er staat niets in om te importeren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="135" />
        <source>Not an Excel workbook</source>
        <translation>Geen Excel-werkmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="136" />
        <source>“%1” is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx), and import that.</source>
        <translation>‘%1’ is geen Excel-werkmap (.xlsx), of het is beschadigd. Open het in Excel of LibreOffice, sla het op als Excel-werkmap (.xlsx) en importeer dat bestand.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="138" />
        <source>Protected or old workbook</source>
        <translation>Beveiligde of oude werkmap</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="139" />
        <source>“%1” is protected with a password, or it is an old Excel file (.xls). Open it in Excel, save it as an Excel workbook (.xlsx) without a password, and import that.</source>
        <translation>‘%1’ is beveiligd met een wachtwoord, of het is een oud Excel-bestand (.xls). Open het in Excel, sla het op als Excel-werkmap (.xlsx) zonder wachtwoord en importeer dat bestand.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="142" />
        <source>Not a CSV table</source>
        <translation>Geen CSV-tabel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="143" />
        <source>“%1” is not a table Voelspriet can read. In Excel, save it as “CSV UTF-8” or as an Excel workbook (.xlsx), and import that.</source>
        <translation>‘%1’ is geen tabel die Voelspriet kan lezen. Sla het in Excel op als ‘CSV UTF-8’ of als Excel-werkmap (.xlsx) en importeer dat bestand.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="145" />
        <source>Not a Voelspriet JSON file</source>
        <translation>Geen Voelspriet-JSON-bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="146" />
        <source>“%1” is not a Voelspriet JSON file, or it is damaged.</source>
        <translation>‘%1’ is geen Voelspriet-JSON-bestand, of het is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="147" />
        <source>Not a GraphML file</source>
        <translation>Geen GraphML-bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="148" />
        <source>“%1” is not a GraphML file, or it is damaged.</source>
        <translation>‘%1’ is geen GraphML-bestand, of het is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="149" />
        <source>No elements or connections</source>
        <translation>Geen elementen of verbindingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="150" />
        <source>“%1” has no sheet of elements or connections. Voelspriet looks for a sheet whose first column heading is Label (elements: people and organisations) or From and To (connections), as Kumu writes them.</source>
        <translation>‘%1’ heeft geen werkblad met elementen of verbindingen. Voelspriet zoekt een werkblad waarvan de eerste kolomkop Label is (elementen: mensen en organisaties) of From en To (verbindingen), zoals Kumu ze schrijft.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="153" />
        <location filename="../../workbench/ui/messages.py" line="155" />
        <source>A problem in the file</source>
        <translation>Een fout in het bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="154" />
        <source>“%1” has a problem at %4. Correct it in the file, then import it again.</source>
        <translation>‘%1’ bevat een fout op %4. Verbeter die in het bestand en importeer het daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="156" />
        <source>“%1” cannot be imported: %4. Correct it in the file, then import it again.</source>
        <translation>‘%1’ kan niet geïmporteerd worden: %4. Verbeter dat in het bestand en importeer het daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="158" />
        <source>Not a format Voelspriet exports</source>
        <translation>Geen formaat waarnaar Voelspriet exporteert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="159" />
        <source>Voelspriet cannot export to “%1”. Choose Voelspriet JSON (.json), a Kumu spreadsheet (.xlsx) or GraphML (.graphml).</source>
        <translation>Voelspriet kan niet naar ‘%1’ exporteren. Kies Voelspriet-JSON (.json), een Kumu-spreadsheet (.xlsx) of GraphML (.graphml).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="165" />
        <source>Voelspriet is not allowed to write “%1” in %2. Choose a folder of your own, such as your Documents.</source>
        <translation>Voelspriet mag ‘%1’ niet in %2 schrijven. Kies een eigen map, zoals uw Documenten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="167" />
        <location filename="../../workbench/ui/messages.py" line="182" />
        <source>Disk full</source>
        <translation>Schijf vol</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="168" />
        <location filename="../../workbench/ui/messages.py" line="183" />
        <source>The disk is full: Voelspriet could not write “%1”. Make room on the disk or choose another place, then try again.</source>
        <translation>De schijf is vol: Voelspriet kon ‘%1’ niet schrijven. Maak ruimte op de schijf of kies een andere plek en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="170" />
        <source>Cannot write</source>
        <translation>Kan niet schrijven</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="171" />
        <source>Voelspriet could not write “%1” in %2 (%4). Choose another folder and try again.</source>
        <translation>Voelspriet kon ‘%1’ niet in %2 schrijven (%4). Kies een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="180" />
        <source>Voelspriet is not allowed to use “%1” in %2. Choose a folder of your own, such as your Documents.</source>
        <translation>Voelspriet mag ‘%1’ in %2 niet gebruiken. Kies een eigen map, zoals uw Documenten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="185" />
        <source>Cannot use the file</source>
        <translation>Kan het bestand niet gebruiken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="186" />
        <source>Voelspriet could not use “%1” in %2 (%4). Choose another place and try again.</source>
        <translation>Voelspriet kon ‘%1’ in %2 niet gebruiken (%4). Kies een andere plek en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="191" />
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="192" />
        <source>Voelspriet could not finish this because of an unexpected problem.</source>
        <translation>Voelspriet kon dit niet afmaken door een onverwacht probleem.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="77" />
        <location filename="../../workbench/ui/messages.py" line="205" />
        <location filename="../../workbench/ui/radar_dock.py" line="721" />
        <source>Not possible</source>
        <extracomment>A new session: this many days after the workspace's today, at this hour. A new agenda item's duration (minutes).</extracomment>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="101" />
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="102" />
        <source>Plan a session with the people selected on the map</source>
        <translation>Een sessie plannen met de mensen die op de kaart gekozen zijn</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="104" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="106" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="107" />
        <source>A copy of the session, a week later</source>
        <translation>Een kopie van de sessie, een week later</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="125" />
        <location filename="../../workbench/ui/sessions.py" line="555" />
        <source>Start &amp;meeting</source>
        <translation>Bijeen&amp;komst beginnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="126" />
        <source>Open the meeting view with the attendees of this session</source>
        <translation>Het bijeenkomstscherm openen met de deelnemers van deze sessie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="128" />
        <location filename="../../workbench/ui/sessions.py" line="557" />
        <source>Print &amp;brief…</source>
        <translation>&amp;Briefing afdrukken…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="137" />
        <source>Upcoming</source>
        <translation>Komend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="138" />
        <source>Past</source>
        <translation>Geweest</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="167" />
        <source>%n attendees</source>
        <translation>%n deelnemers</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="171" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="236" />
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="289" />
        <location filename="../../workbench/ui/sessions.py" line="541" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="330" />
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="330" />
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="330" />
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="330" />
        <source>Who leads</source>
        <translation>Wie leidt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="361" />
        <location filename="../../workbench/brief/content.py" line="229" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="486" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="491" />
        <source>&amp;Date and time</source>
        <translation>&amp;Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="494" />
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="499" />
        <source>&amp;Goal</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="502" />
        <source>Attendees</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="512" />
        <source>Add someone: type a name</source>
        <translation>Iemand toevoegen: typ een naam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="517" />
        <source>Add the map's selection</source>
        <translation>De keuze op de kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="523" />
        <source>Remove (Del)</source>
        <translation>Weghalen (Del)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="530" />
        <location filename="../../workbench/brief/content.py" line="159" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="536" />
        <source>New item: type it and press Enter</source>
        <translation>Nieuw punt: typ het en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="546" />
        <source>Drag an item, or Alt+↑/Alt+↓, to move it; Del removes it; double-click a cell to edit it.</source>
        <translation>Sleep een punt, of Alt+↑/Alt+↓, om het te verplaatsen; Del haalt het weg; dubbelklik op een cel om die te bewerken.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="559" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="581" />
        <source>Session: %1</source>
        <translation>Sessie: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="594" />
        <source>Attendees (%n)</source>
        <translation>Deelnemers (%n)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="598" />
        <location filename="../../workbench/brief/content.py" line="232" />
        <source>Ends at %1</source>
        <translation>Eindigt om %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="599" />
        <source>The end is not known: give every item a duration.</source>
        <translation>Het einde is niet bekend: geef elk punt een duur.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="605" />
        <source>Add everyone in a group…</source>
        <translation>Iedereen uit een groep toevoegen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="725" />
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="734" />
        <source>Plan a &amp;Session…</source>
        <translation>Een &amp;sessie plannen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="232" />
        <source>The first problem is at %4.</source>
        <translation>De eerste fout staat op %4.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="262" />
        <source>the file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="262" />
        <source>its folder</source>
        <translation>de map ervan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="285" />
        <source>sheet</source>
        <translation>werkblad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="286" />
        <source>row</source>
        <translation>rij</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="287" />
        <source>column</source>
        <translation>kolom</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="288" />
        <source>line</source>
        <translation>regel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="44" />
        <source>Any time</source>
        <extracomment>The date edits show "any" at this date: no bound. (label, days back; None: any time)</extracomment>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="45" />
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="46" />
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="47" />
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="48" />
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="61" />
        <location filename="../../workbench/timeline/editor.py" line="80" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="61" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="167" />
        <source>%n remarks</source>
        <translation>%n opmerkingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="168" />
        <source>1 remark</source>
        <translation>1 opmerking</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="171" />
        <source>%n open follow-ups</source>
        <translation>%n open vervolgacties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="172" />
        <source>1 open follow-up</source>
        <translation>1 open vervolgactie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="242" />
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="247" />
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="251" />
        <source>Follow the selection</source>
        <translation>Volg de selectie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="252" />
        <source>Show the contacts of the stakeholder selected on the map or in the list</source>
        <translation>Toon de contacten van de stakeholder die op de kaart of in de lijst gekozen is</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="268" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="269" />
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="305" />
        <source>Log a contact…</source>
        <translation>Contact vastleggen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="306" />
        <source>Log a contact (Ctrl+L), with the person shown here</source>
        <translation>Contact vastleggen (Ctrl+L), met de persoon die hier getoond wordt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/radar_dock.py" line="468" />
        <location filename="../../workbench/ui/radar_dock.py" line="741" />
        <location filename="../../workbench/ui/interaction_log.py" line="309" />
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="310" />
        <source>Open the contact to read or edit it (Enter)</source>
        <translation>Het contact openen om te lezen of te bewerken (Enter)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="130" />
        <location filename="../../workbench/ui/interaction_log.py" line="312" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="313" />
        <source>Delete the contact and the energy sensed in it (Del); %1 brings it back</source>
        <translation>Het contact verwijderen met de energie die erin gemeten is (Del); %1 haalt het terug</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="329" />
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/interaction_log.py" line="441" />
        <source>%1 of %2 contacts</source>
        <translation>%1 van %2 contacten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sessions.py" line="268" />
        <location filename="../../workbench/ui/interaction_log.py" line="474" />
        <location filename="../../workbench/ui/followups.py" line="426" />
        <source>Deleted %1 — %2 brings it back</source>
        <translation>%1 verwijderd — %2 haalt het terug</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="60" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="60" />
        <source>Due</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="161" />
        <source>1 day overdue</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="162" />
        <source>%n days overdue</source>
        <translation>%n dagen te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="164" />
        <location filename="../../workbench/timeline/plot.py" line="206" />
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="166" />
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="171" />
        <source>on its own</source>
        <translation>los</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="176" />
        <source>%1 with %2, %3</source>
        <translation>%1 met %2, %3</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="215" />
        <source>Add a follow-up, e.g. call Anna next week</source>
        <translation>Vervolgactie toevoegen, bijv. Anna volgende week bellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="223" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="114" />
        <source>no one in particular</source>
        <translation>niemand in het bijzonder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="155" />
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="159" />
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="167" />
        <source>in %n days</source>
        <translation>over %n dagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="186" />
        <source>Enter or a double click opens the contact.</source>
        <translation>Enter of dubbelklikken opent het contact.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="263" />
        <source>Space: done · Enter: open the contact · F2: edit · Del: delete · overdue ones in red</source>
        <translation>Spatie: gedaan · Enter: contact openen · F2: bewerken · Del: verwijderen · te laat in rood</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="332" />
        <source>%n open</source>
        <translation>%n open</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="335" />
        <source>%n overdue</source>
        <translation>%n te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="351" />
        <location filename="../../workbench/workspace/workspace.py" line="900" />
        <source>A follow-up needs to say what is to be done.</source>
        <translation>Een vervolgactie moet zeggen wat er moet gebeuren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="362" />
        <source>No one in this workspace is called “%1”. Pick a name from the list, or leave it empty.</source>
        <translation>Niemand in deze werkruimte heet ‘%1’. Kies een naam uit de lijst, of laat het leeg.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="376" />
        <source>Added the follow-up “%1” — %2 undoes it</source>
        <translation>Vervolgactie ‘%1’ toegevoegd — %2 maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="395" />
        <source>Done: %1 — %2 undoes it</source>
        <translation>Gedaan: %1 — %2 maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="427" />
        <source>the follow-up</source>
        <translation>de vervolgactie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/followups.py" line="427" />
        <source>%n follow-ups</source>
        <translation>%n vervolgacties</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="786" />
        <source>Add follow-up %1</source>
        <translation>Vervolgactie %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="800" />
        <source>Edit follow-up</source>
        <translation>Vervolgactie bewerken</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="805" />
        <source>Delete follow-up</source>
        <translation>Vervolgactie verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/workspace.py" line="805" />
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
        <location filename="../../workbench/ui/sensing_settings.py" line="64" />
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
        <location filename="../../workbench/ui/sensing_settings.py" line="72" />
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
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="103" />
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="105" />
        <source>Print without notes (leaves out the private notes and the wording of doubts, e.g. for a co-facilitator)</source>
        <translation>Afdrukken zonder notities (laat de privénotities en de woorden van twijfels weg, bijv. voor een mede-facilitator)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="128" />
        <source>&amp;Print Brief…</source>
        <translation>Briefing af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="130" />
        <source>Save &amp;Brief as PDF…</source>
        <translation>&amp;Briefing bewaren als pdf…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="141" />
        <source>No sessions yet</source>
        <translation>Nog geen sessies</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="142" />
        <source>Plan a session first (in the Sessions panel: New), then print its brief.</source>
        <translation>Plan eerst een sessie (in het paneel Sessies: Nieuw) en druk dan de briefing af.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="147" />
        <source>Pre&amp;view…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="147" />
        <source>Save as P&amp;DF…</source>
        <translation>Bewaren als p&amp;df…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="159" />
        <location filename="../../workbench/ui/brief_print.py" line="223" />
        <source>Cannot make the brief</source>
        <translation>Kan de briefing niet maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="164" />
        <source>Print Brief</source>
        <translation>Briefing afdrukken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="164" />
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="183" />
        <source>Brief: %1</source>
        <translation>Briefing: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="195" />
        <source>Cannot print the brief</source>
        <translation>Kan de briefing niet afdrukken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="196" />
        <source>The printer did not accept the brief. Check that it is connected and try again, or save the brief as a PDF.</source>
        <translation>De printer nam de briefing niet aan. Kijk of hij aangesloten is en probeer het opnieuw, of bewaar de briefing als pdf.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="201" />
        <location filename="../../workbench/ui/brief_print.py" line="209" />
        <source>Save Brief as PDF</source>
        <translation>Briefing bewaren als pdf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="201" />
        <source>&amp;Save…</source>
        <translation>&amp;Bewaren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="208" />
        <source>%1 brief.pdf</source>
        <translation>%1 briefing.pdf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="210" />
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="226" />
        <source>Cannot save the brief</source>
        <translation>Kan de briefing niet bewaren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="227" />
        <source>The brief could not be written to %1 (%2). Choose another folder or name.</source>
        <translation>De briefing kon niet geschreven worden naar %1 (%2). Kies een andere map of naam.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/brief_print.py" line="230" />
        <source>Saved the brief as %1</source>
        <translation>Briefing bewaard als %1</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/privacy.py" line="32" />
        <location filename="../../workbench/workspace/workspace.py" line="283" />
        <source>This is a copy opened only to look at; it cannot be changed.</source>
        <translation>Dit is een kopie die alleen geopend is om in te kijken; die kan niet veranderd worden.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="31" />
        <location filename="../../workbench/brief/content.py" line="133" />
        <source>Low energy</source>
        <translation>Lage energie</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="33" />
        <location filename="../../workbench/brief/content.py" line="135" />
        <source>Drifting apart</source>
        <translation>Uit elkaar</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="34" />
        <location filename="../../workbench/brief/content.py" line="136" />
        <source>Recurring theme</source>
        <translation>Terugkerend thema</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="35" />
        <location filename="../../workbench/brief/content.py" line="137" />
        <source>Overdue follow-up</source>
        <translation>Vervolgactie te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="38" />
        <source>No contact for longer than their own rhythm allows</source>
        <translation>Langer geen contact dan hun eigen ritme toelaat</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="39" />
        <source>The energy with you is low, or dropped</source>
        <translation>De energie met jou is laag, of gedaald</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="40" />
        <source>A doubt they raised, with no contact since</source>
        <translation>Een twijfel die ze uitten, zonder contact sindsdien</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="41" />
        <source>The energy between two partners is low, or dropped</source>
        <translation>De energie tussen twee partners is laag, of gedaald</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="42" />
        <source>Several partners raise the same theme</source>
        <translation>Meerdere partners noemen hetzelfde thema</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="43" />
        <source>A follow-up past its due date</source>
        <translation>Een vervolgactie over de datum</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="46" />
        <source>Give them a call</source>
        <translation>Even bellen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="47" />
        <source>Have a personal conversation</source>
        <translation>Een persoonlijk gesprek voeren</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="48" />
        <source>Bring them together</source>
        <translation>Bij elkaar brengen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="49" />
        <source>Adjust the communication for everyone</source>
        <translation>De communicatie voor iedereen bijstellen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="50" />
        <source>Follow up</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="55" />
        <source>No contact for {days} days (last on {last}). Usually every {median:.1f} days ({contacts} contacts), so the limit is {limit:g} days.</source>
        <extracomment>sensing.why's templates, translatable (the same English; a test checks they agree).</extracomment>
        <translation>{days} dagen geen contact (laatst op {last}). Gewoonlijk elke {median:.1f} dagen ({contacts} contacten), dus de grens is {limit:g} dagen.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="58" />
        <source>No contact for {days} days (last on {last}). Usually every {median:.1f} days ({contacts} contacts), so the limit is the minimum of {limit:g} days.</source>
        <translation>{days} dagen geen contact (laatst op {last}). Gewoonlijk elke {median:.1f} dagen ({contacts} contacten), dus de grens is het minimum van {limit:g} dagen.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="61" />
        <source>No contact for {days} days (last on {last}). Too few contacts ({contacts}) to know their rhythm, so the limit is the minimum of {limit:g} days.</source>
        <translation>{days} dagen geen contact (laatst op {last}). Te weinig contacten ({contacts}) om hun ritme te kennen, dus de grens is het minimum van {limit:g} dagen.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="64" />
        <source>That is more than {factor:g} times the limit: a personal conversation rather than a call.</source>
        <translation>Dat is meer dan {factor:g} keer de grens: liever een persoonlijk gesprek dan een telefoontje.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="66" />
        <source>The latest energy reading with {facilitator}, on {date}, is {energy} ({label}); the last readings were {series}.</source>
        <translation>De laatste energiemeting met {facilitator}, op {date}, is {energy} ({label}); de laatste metingen waren {series}.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="69" />
        <source>Energy with {facilitator} dropped to {energy} ({label}) on {date}, from {peak} on {peak_date}; the last readings were {series}.</source>
        <translation>De energie met {facilitator} daalde op {date} naar {energy} ({label}), van {peak} op {peak_date}; de laatste metingen waren {series}.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="72" />
        <source>The latest energy reading between {a} and {b}, on {date}, is {energy} ({label}); the last readings were {series}.</source>
        <translation>De laatste energiemeting tussen {a} en {b}, op {date}, is {energy} ({label}); de laatste metingen waren {series}.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="75" />
        <source>Energy between {a} and {b} dropped to {energy} ({label}) on {date}, from {peak} on {peak_date}; the last readings were {series}.</source>
        <translation>De energie tussen {a} en {b} daalde op {date} naar {energy} ({label}), van {peak} op {peak_date}; de laatste metingen waren {series}.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="78" />
        <source>Raised a doubt on {date} ({days} days ago): “{text}”; no contact since.</source>
        <translation>Uitte op {date} ({days} dagen geleden) een twijfel: ‘{text}’; sindsdien geen contact.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="80" />
        <source>Raised {count} doubts, the latest on {date} ({days} days ago): “{text}”; no contact since.</source>
        <translation>Uitte {count} twijfels, de laatste op {date} ({days} dagen geleden): ‘{text}’; sindsdien geen contact.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="83" />
        <source>{count} partners raised “{theme}” in the last {window} days: {names}.</source>
        <translation>{count} partners noemden ‘{theme}’ in de laatste {window} dagen: {names}.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="85" />
        <source>Follow-up “{what}” was due on {due}, {days} days ago.</source>
        <translation>Vervolgactie ‘{what}’ moest op {due} klaar zijn, {days} dagen geleden.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="87" />
        <source>{count} follow-ups are overdue; the oldest, “{what}”, was due on {due}, {days} days ago.</source>
        <translation>{count} vervolgacties zijn te laat; de oudste, ‘{what}’, moest op {due} klaar zijn, {days} dagen geleden.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="90" />
        <source>Nobody else took part: this one is the facilitator's own.</source>
        <translation>Niemand anders deed mee: deze is van jezelf.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="92" />
        <source>Score {score:g}: {parts}.</source>
        <translation>Score {score:g}: {parts}.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="94" />
        <source>{points:g} for a silence of {days} days against a limit of {limit:g}</source>
        <translation>{points:g} voor {days} dagen stilte tegen een grens van {limit:g}</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="96" />
        <source>{points:g} for energy {energy} with the facilitator</source>
        <translation>{points:g} voor energie {energy} met de facilitator</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="97" />
        <source>{points:g} for a drop of {drop} with the facilitator</source>
        <translation>{points:g} voor een daling van {drop} met de facilitator</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="98" />
        <source>{points:g} for energy {energy} between the two</source>
        <translation>{points:g} voor energie {energy} tussen de twee</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="99" />
        <source>{points:g} for a drop of {drop} between the two</source>
        <translation>{points:g} voor een daling van {drop} tussen de twee</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="100" />
        <source>{points:g} for an open doubt</source>
        <translation>{points:g} voor een open twijfel</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="101" />
        <source>{points:g} for {count} open doubts</source>
        <translation>{points:g} voor {count} open twijfels</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="102" />
        <source>{points:g} for {count} partners raising it</source>
        <translation>{points:g} omdat {count} partners het noemen</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="103" />
        <source>{points:g} for being {days} days overdue</source>
        <translation>{points:g} voor {days} dagen te laat</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="104" />
        <source>+{points:g} as the latest evidence is {days} days old (of {window})</source>
        <translation>+{points:g} omdat het laatste teken {days} dagen oud is (van {window})</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="106" />
        <source>+{points:g} for a second signal</source>
        <translation>+{points:g} voor een tweede signaal</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/radar_words.py" line="107" />
        <source>+{points:g} for {count} more signals</source>
        <translation>+{points:g} voor {count} signalen meer</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="336" />
        <source>“%1” — what are your considerations?</source>
        <extracomment>How many last contacts, themes and questions a prep shows. Text quoted inside a question is cut to this many characters.</extracomment>
        <translation>‘%1’ — wat zijn je overwegingen?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="339" />
        <location filename="../../workbench/brief/content.py" line="349" />
        <source>What are your considerations?</source>
        <translation>Wat zijn je overwegingen?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="346" />
        <source>How are you doing? We last spoke %1 days ago.</source>
        <translation>Hoe gaat het met je? We spraken elkaar %1 dagen geleden voor het laatst.</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="349" />
        <source>Does the plan still fit what drives you (%1)?</source>
        <translation>Past het plan nog bij wat jou drijft (%1)?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="350" />
        <source>Does the plan still fit what drives you?</source>
        <translation>Past het plan nog bij wat jou drijft?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="352" />
        <source>How do you feel about where we are heading? What would give you energy for this again?</source>
        <translation>Hoe kijk je aan tegen de richting die we op gaan? Wat zou je hier weer energie voor geven?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="356" />
        <source>What do you need from %1, and what do you think %1 needs from you?</source>
        <translation>Wat heb je nodig van %1, en wat denk je dat %1 van jou nodig heeft?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="359" />
        <source>Several partners raise “%1”. How do you see it, and what would help?</source>
        <translation>Meerdere partners brengen ‘%1’ ter sprake. Hoe zie jij dat, en wat zou helpen?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="363" />
        <source>How far along is “%1”? Can I help?</source>
        <translation>Hoe staat het met ‘%1’? Kan ik helpen?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="364" />
        <source>I still owe you “%1”: is it still what you need?</source>
        <translation>Ik ben je ‘%1’ nog schuldig: heb je dat nog nodig?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="373" />
        <source>How is your own path going? Is there still something we can do for each other?</source>
        <translation>Hoe gaat het op je eigen pad? Kunnen we nog iets voor elkaar betekenen?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="375" />
        <source>What drives you to take part?</source>
        <translation>Wat drijft je om mee te doen?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="377" />
        <source>What would you like to achieve, for yourself or your organisation?</source>
        <translation>Wat wil je bereiken, voor jezelf of voor je organisatie?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="379" />
        <source>What do you need to be able to take part?</source>
        <translation>Wat heb je nodig om mee te kunnen doen?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="381" />
        <source>What would make joining worthwhile for you?</source>
        <translation>Wat zou aansluiten voor jou de moeite waard maken?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="383" />
        <source>What is going well for you in the network, and what could be better?</source>
        <translation>Wat gaat er goed voor jou in het netwerk, en wat kan beter?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="384" />
        <source>Do you get what you hoped for from taking part?</source>
        <translation>Levert meedoen je op wat je ervan hoopte?</translation>
    </message>
    <message>
        <location filename="../../workbench/workspace/prep.py" line="385" />
        <source>What would make taking part worthwhile for you?</source>
        <translation>Wat maakt meedoen voor jou de moeite waard?</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="123" />
        <source>Compassion</source>
        <extracomment>Open doubts, follow-ups, findings and themes a card lists at most. A theme is among the recurring themes of the session when this many attendees raised it.</extracomment>
        <translation>Compassie</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="123" />
        <source>Meet each other with kindness, also where you differ.</source>
        <translation>Ontmoet elkaar met mildheid, ook waar je verschilt.</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="124" />
        <source>Complete attention</source>
        <translation>Volledige aandacht</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="124" />
        <source>Whoever speaks has everyone's attention: listen to understand.</source>
        <translation>Wie spreekt heeft ieders aandacht: luister om te begrijpen.</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="125" />
        <source>No judgement</source>
        <translation>Geen oordeel</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="125" />
        <source>Every question and every doubt is welcome; nobody has to be right.</source>
        <translation>Elke vraag en elke twijfel is welkom; niemand hoeft gelijk te hebben.</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="155" />
        <source>The signature</source>
        <translation>De signatuur</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="156" />
        <source>Shared goal</source>
        <translation>Gedeeld doel</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="157" />
        <source>This session</source>
        <translation>Deze sessie</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="158" />
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="160" />
        <source>No agenda yet.</source>
        <translation>Nog geen agenda.</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="161" />
        <source>Holding space</source>
        <translation>Ruimte houden</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="162" />
        <source>The open-space principles we keep together:</source>
        <translation>De principes van open space die we samen bewaken:</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="163" />
        <source>Who comes, and how they relate</source>
        <translation>Wie er komen, en hoe ze zich tot elkaar verhouden</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="164" />
        <source>Lines show the latest energy between them and with the facilitator; thicker lines have a longer history.</source>
        <translation>Lijnen tonen de laatste energie tussen hen en met de facilitator; dikkere lijnen hebben een langere geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="166" />
        <source>Recurring themes among the attendees</source>
        <translation>Terugkerende thema's onder de deelnemers</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="167" />
        <source>No theme was raised by more than one attendee.</source>
        <translation>Geen thema werd door meer dan één deelnemer genoemd.</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="168" />
        <source>The attendees</source>
        <translation>De deelnemers</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="169" />
        <location filename="../../workbench/brief/content.py" line="310" />
        <source>Interests</source>
        <translation>Belangen</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="170" />
        <location filename="../../workbench/brief/content.py" line="310" />
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="171" />
        <location filename="../../workbench/brief/content.py" line="310" />
        <source>Drivers</source>
        <translation>Drijfveren</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="172" />
        <location filename="../../workbench/brief/content.py" line="311" />
        <source>Value for them</source>
        <translation>Waarde voor hen</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="173" />
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="174" />
        <source>Energy with the facilitator</source>
        <translation>Energie met de facilitator</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="175" />
        <source>Open doubts</source>
        <translation>Open twijfels</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="177" />
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="178" />
        <source>Themes they raised</source>
        <translation>Thema's die ze inbrachten</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="179" />
        <source>To open with</source>
        <translation>Om mee te openen</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="180" />
        <source>Notes (private)</source>
        <translation>Notities (privé)</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="181" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="182" />
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="183" />
        <source>Without private notes</source>
        <translation>Zonder privénotities</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="184" />
        <source>%n attendee(s) planned for this session no longer exist in the workspace.</source>
        <translation>%n geplande deelnemer(s) van deze sessie bestaan niet meer in de werkruimte.</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="246" />
        <source>There is no session with the id “%1”.</source>
        <translation>Er is geen sessie met de id ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="253" />
        <source>The session “%1” has no attendees: add the people who come first, then print its brief.</source>
        <translation>De sessie ‘%1’ heeft geen deelnemers: voeg eerst de mensen toe die komen en druk dan de briefing af.</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="262" />
        <source>Printed on %1</source>
        <translation>Afgedrukt op %1</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="264" />
        <source>Printed on %1 for %2</source>
        <translation>Afgedrukt op %1 voor %2</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="271" />
        <source>What it is about</source>
        <translation>Waar het om gaat</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="271" />
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="272" />
        <source>Who comes and why</source>
        <translation>Wie er komt en waarom</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="313" />
        <location filename="../../workbench/brief/content.py" line="330" />
        <source>No readings yet.</source>
        <translation>Nog geen metingen.</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="320" />
        <source>(%n contacts in all)</source>
        <translation>(%n contacten in totaal)</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="325" />
        <source>Now %1 %2 · %3</source>
        <translation>Nu %1 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="337" />
        <source>A doubt, raised on %1</source>
        <translation>Een twijfel, geuit op %1</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="338" />
        <source>, about %1</source>
        <translation>, over %1</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="343" />
        <source>overdue since %1</source>
        <translation>te laat sinds %1</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="343" />
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="373" />
        <source>(%n days)</source>
        <translation>(%n dagen)</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="376" />
        <source>(energy %1, with %2)</source>
        <translation>(energie %1, met %2)</translation>
    </message>
    <message>
        <location filename="../../workbench/brief/content.py" line="378" />
        <source>(energy %1)</source>
        <translation>(energie %1)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workbench/bootstrap.py" line="153" />
        <source>Cannot open workspace</source>
        <translation>Kan de werkruimte niet openen</translation>
    </message>
</context>
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="84" />
        <source>Encrypted workspace</source>
        <extracomment>How many wrong passphrases opening a workspace takes before it stops asking. Dialogs are at least this wide, so that the warning reads in a few lines.</extracomment>
        <translation>Versleutelde werkruimte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="87" />
        <source>“%1” is encrypted. Enter its passphrase to open it.</source>
        <translation>‘%1’ is versleuteld. Geef het wachtwoord om de werkruimte te openen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="90" />
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="97" />
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="98" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="111" />
        <source>That passphrase is not right. Try again (tries left: %1).</source>
        <translation>Dat wachtwoord klopt niet. Probeer het opnieuw (pogingen over: %1).</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../workbench/ui/backups.py" line="163" />
        <source>Restore from &amp;Backup…</source>
        <translation>Terugzetten vanuit &amp;back-up…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="179" />
        <source>Could not write a backup: %1</source>
        <translation>Kon geen back-up maken: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="199" />
        <source>%1 — backup of %2 (read only) — Voelspriet</source>
        <translation>%1 — back-up van %2 (alleen lezen) — Voelspriet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="202" />
        <source>A backup, open to look at only: nothing here can be changed. To go back to it, use Restore from Backup… in the workspace's own window.</source>
        <translation>Een back-up, alleen open om in te kijken: hier kan niets veranderd worden. Gebruik Terugzetten vanuit back-up… in het eigen venster van de werkruimte om ernaar terug te gaan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="216" />
        <source>Restore this backup?</source>
        <translation>Deze back-up terugzetten?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="217" />
        <source>The workspace goes back to how it was on %1. Its current state is backed up first, so you can come back to it the same way. The undo history is cleared.</source>
        <translation>De werkruimte gaat terug naar hoe die was op %1. Van hoe die nu is wordt eerst een back-up gemaakt, zodat je er op dezelfde manier naar terug kunt. De geschiedenis voor ongedaan maken wordt gewist.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="233" />
        <source>Restored the backup of %1</source>
        <translation>Back-up van %1 teruggezet</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="434" />
        <source>%n stakeholders selected.</source>
        <translation>%n stakeholders geselecteerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="436" />
        <source>%n relations selected.</source>
        <translation>%n relaties geselecteerd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="215" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="60" />
        <source>Organisation</source>
        <extracomment>One-line fields of the top form: (field, label).</extracomment>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="61" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="72" />
        <source>Interests</source>
        <extracomment>Longer texts: (field, label, placeholder).</extracomment>
        <translation>Belangen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="73" />
        <source>What they want to achieve</source>
        <translation>Wat ze willen bereiken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="74" />
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="75" />
        <source>What they need to take part</source>
        <translation>Wat ze nodig hebben om mee te doen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="76" />
        <source>Drivers</source>
        <translation>Drijfveren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="77" />
        <source>Why they do this</source>
        <translation>Waarom ze dit doen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="78" />
        <source>Value for them</source>
        <translation>Waarde voor hen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="79" />
        <source>What they get out of it: the win-win</source>
        <translation>Wat het hun oplevert: de win-win</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="80" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="81" />
        <source>Anything else worth remembering</source>
        <translation>Wat verder het onthouden waard is</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="189" />
        <source>Name</source>
        <extracomment>A stakeholder's own fields that change nothing in the prep (only the form shows them). Other stakeholders' fields that can change this one's prep (names in questions, who is flagged). The draft key of a person's conversation notes. Typing pauses this long (ms) before the notes are kept. Text cut in the read-only lists. A short message for the status bar. The user asked to see the energy timeline (the selection already shows this person).</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="202" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="203" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="224" />
        <source>On the radar</source>
        <translation>Op de radar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="226" />
        <source>Open with</source>
        <translation>Begin met</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="230" />
        <source>Conversation notes</source>
        <translation>Gespreksaantekeningen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="235" />
        <source>Notes during the conversation; they become the summary when you log it</source>
        <translation>Aantekeningen tijdens het gesprek; ze worden de samenvatting als je het vastlegt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="241" />
        <source>Log this conversation…</source>
        <translation>Dit gesprek vastleggen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="242" />
        <source>Open the contact form with this person and these notes as its summary</source>
        <translation>Opent het contactformulier met deze persoon en deze aantekeningen als samenvatting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="267" />
        <source>Energy with you</source>
        <translation>Energie met jou</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="269" />
        <source>Show in the timeline</source>
        <translation>Toon in de tijdlijn</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="276" />
        <source>Click to see the energy timeline</source>
        <translation>Klik voor de energietijdlijn</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="284" />
        <source>Last contacts</source>
        <translation>Laatste contacten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="284" />
        <source>Open doubts</source>
        <translation>Open twijfels</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="285" />
        <source>Open follow-ups</source>
        <translation>Open vervolgacties</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="285" />
        <source>Themes they raised</source>
        <translation>Thema's die ze inbrachten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="295" />
        <source>comma-separated, e.g. volunteer, director</source>
        <translation>gescheiden door komma's, bijv. vrijwilliger, directeur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="328" />
        <source>Kind of relation</source>
        <translation>Soort relatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="330" />
        <source>Latest energy</source>
        <translation>Laatste energie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="332" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="438" />
        <source>Select a stakeholder to prepare a conversation with them.</source>
        <translation>Kies een stakeholder om een gesprek met hem of haar voor te bereiden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="497" />
        <source>No energy reading with you yet.</source>
        <translation>Nog geen energiemeting met jou.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="500" />
        <source>Latest %1 (%2) on %3; %4 readings</source>
        <translation>Laatst %1 (%2) op %3; %4 metingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="501" />
        <source>Latest %1 (%2) on %3; one reading</source>
        <translation>Laatst %1 (%2) op %3; één meting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="545" />
        <source>no contact for %n days</source>
        <translation>%n dagen geen contact</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="547" />
        <source>energy %1 (%2)</source>
        <translation>energie %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="551" />
        <source>with %1: energy %2</source>
        <translation>met %1: energie %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="556" />
        <source>%n, the latest on %1</source>
        <translation>%n, de laatste op %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="557" />
        <source>raised on %1</source>
        <translation>ingebracht op %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="559" />
        <source>“%1”, raised by %n partners</source>
        <translation>‘%1’, ingebracht door %n partners</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="563" />
        <source>“%1” is %n days overdue</source>
        <translation>‘%1’ is %n dagen over tijd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="569" />
        <source>No contact logged yet.</source>
        <translation>Nog geen contact vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="577" />
        <source>and %n earlier</source>
        <translation>en %n eerder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="604" />
        <source>no reading yet</source>
        <translation>nog geen meting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="607" />
        <source>%1 (%2) — %3 readings</source>
        <translation>%1 (%2) — %3 metingen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="607" />
        <source>%1 (%2) — one reading</source>
        <translation>%1 (%2) — één meting</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="737" />
        <source>Cannot save this</source>
        <translation>Kan dit niet bewaren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="67" />
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="65" />
        <source>Email</source>
        <extracomment>One-line fields at the bottom (how to reach them); tags are written comma-separated.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/details_panel.py" line="66" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="270" />
        <source>Wrong passphrase</source>
        <translation>Verkeerd wachtwoord</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="271" />
        <source>The passphrase was not right, so “%1” was not opened. Nothing in it was changed. If you are sure of the passphrase, the file may be damaged: open a backup.</source>
        <translation>Het wachtwoord klopte niet, dus ‘%1’ is niet geopend. Er is niets in veranderd. Weet je zeker dat het wachtwoord klopt, dan is het bestand misschien beschadigd: open een reservekopie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="296" />
        <source>&amp;Encrypt Workspace…</source>
        <translation>Werkruimte &amp;versleutelen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="298" />
        <source>Change &amp;Passphrase…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="300" />
        <source>Remove Encr&amp;yption…</source>
        <translation>Versleuteling &amp;opheffen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="336" />
        <source>The workspace is encrypted now. Keep the passphrase safe.</source>
        <translation>De werkruimte is nu versleuteld. Bewaar het wachtwoord goed.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="348" />
        <source>The passphrase is changed. Keep the new one safe.</source>
        <translation>Het wachtwoord is gewijzigd. Bewaar het nieuwe goed.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="359" />
        <source>The workspace is no longer encrypted.</source>
        <translation>De werkruimte is niet meer versleuteld.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="366" />
        <source>The encryption was not changed</source>
        <translation>De versleuteling is niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="372" />
        <source>Some backups stay as they were</source>
        <translation>Sommige reservekopieën blijven zoals ze waren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="373" />
        <source>The workspace is done, but some of its backups (%2) could not be changed with it and stay as they were, in %1. Delete them if they should not stay.</source>
        <translation>De werkruimte is klaar, maar een aantal reservekopieën (%2) kon niet mee veranderd worden en blijft zoals het was, in %1. Verwijder ze als ze niet mogen blijven.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="48" />
        <source>Relations, with the energy readings on them</source>
        <extracomment>At most this many places are named in a dialog (then "… and N more").</extracomment>
        <translation>Relaties, met de energiemetingen erop</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="49" />
        <source>Contacts they took part in</source>
        <translation>Contactmomenten waar ze bij waren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="50" />
        <source>… of which with no one else (removed whole)</source>
        <translation>… waarvan met niemand anders (helemaal verwijderd)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="51" />
        <source>Remarks they made</source>
        <translation>Opmerkingen die ze maakten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="52" />
        <source>Follow-ups for them</source>
        <translation>Vervolgacties voor hen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="53" />
        <source>Places in planned sessions</source>
        <translation>Plaatsen in geplande bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="54" />
        <source>Group memberships</source>
        <translation>Lidmaatschappen van groepen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="55" />
        <source>Unsaved drafts that name them</source>
        <translation>Niet-bewaarde concepten die hen noemen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="70" />
        <source>the signature</source>
        <translation>de signatuur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="71" />
        <source>group %1</source>
        <translation>groep %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="72" />
        <source>about %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="73" />
        <source>the relation %1</source>
        <translation>de relatie %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="74" />
        <source>an energy reading of %1</source>
        <translation>een energiemeting van %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="75" />
        <source>the contact (%1)</source>
        <translation>het contactmoment (%1)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="76" />
        <source>a remark in the contact (%1)</source>
        <translation>een opmerking bij het contactmoment (%1)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="77" />
        <source>a follow-up of the contact (%1)</source>
        <translation>een vervolgactie bij het contactmoment (%1)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="78" />
        <source>a follow-up</source>
        <translation>een vervolgactie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="79" />
        <source>the session %1</source>
        <translation>de bijeenkomst %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="80" />
        <source>an unsaved draft</source>
        <translation>een niet-bewaard concept</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="90" />
        <source>… and %n more</source>
        <translation>… en nog %n</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="102" />
        <source>Erase %1?</source>
        <translation>%1 wissen?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="108" />
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="109" />
        <source>Everything this workspace holds about %1 is removed, and the space it took is overwritten so that it cannot be recovered:</source>
        <translation>Alles wat deze werkruimte over %1 bewaart wordt verwijderd, en de ruimte die het innam wordt overschreven zodat het niet terug te halen is:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="112" />
        <source>and their card, with their contact details and notes.</source>
        <translation>en hun kaart, met contactgegevens en notities.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="114" />
        <source>Other people's texts that name them keep their words, with the name replaced by [erased], in:</source>
        <translation>Teksten van anderen die hen noemen houden hun woorden, met de naam vervangen door [erased], in:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="116" />
        <source>The undo history of this workspace is cleared.</source>
        <translation>De geschiedenis voor ongedaan maken van deze werkruimte wordt gewist.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="122" />
        <source>Also delete the %n older backups: they still hold %1</source>
        <translation>Ook de %n oudere back-ups verwijderen: daar staat %1 nog in</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="128" />
        <source>Erase %1</source>
        <translation>%1 wissen</translation>
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
        <location filename="../../workbench/canvas/legend.py" line="51" />
        <location filename="../../workbench/canvas/legend.py" line="89" />
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/legend.py" line="60" />
        <location filename="../../workbench/canvas/legend.py" line="91" />
        <source>Relation energy</source>
        <translation>Energie van de relatie</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/legend.py" line="56" />
        <location filename="../../workbench/canvas/legend.py" line="113" />
        <source>no reading yet</source>
        <translation>nog geen meting</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/legend.py" line="27" />
        <source>Click “needs attention” to show or hide the radar on the map</source>
        <translation>Klik op “vraagt aandacht” om de radar op de kaart te tonen of te verbergen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/legend.py" line="59" />
        <location filename="../../workbench/canvas/legend.py" line="117" />
        <source>thicker: longer history</source>
        <translation>dikker: langere geschiedenis</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/legend.py" line="146" />
        <source>needs attention</source>
        <translation>vraagt aandacht</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="69" />
        <source>Stakeholders</source>
        <extracomment>The map always keeps at least this much room beside the docks. The timeline dock's first height (px).</extracomment>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="70" />
        <source>Signature</source>
        <translation>Signatuur</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="71" />
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="72" />
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="73" />
        <source>Energy timeline</source>
        <translation>Energielijn</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="43" />
        <location filename="../../workbench/ui/messages.py" line="48" />
        <location filename="../../workbench/ui/main_window.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="108" />
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/messages.py" line="44" />
        <location filename="../../workbench/ui/main_window.py" line="110" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="112" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="115" />
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="117" />
        <source>Export Map &amp;Image…</source>
        <translation>Kaart als &amp;afbeelding exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="119" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="123" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="124" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="128" />
        <source>&amp;Meeting</source>
        <translation>&amp;Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="129" />
        <source>Start a Meeting with the Selected People…</source>
        <translation>Bijeenkomst beginnen met de gekozen mensen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="132" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="133" />
        <source>&amp;About Voelspriet</source>
        <translation>&amp;Over Voelspriet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="158" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="160" />
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="244" />
        <source>Cannot open workspace</source>
        <translation>Kan de werkruimte niet openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="254" />
        <source>Open Workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="255" />
        <source>Voelspriet workspaces (*.voelspriet);;All files (*)</source>
        <translation>Voelspriet-werkruimtes (*.voelspriet);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="263" />
        <location filename="../../workbench/ui/main_window.py" line="270" />
        <source>New Workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="264" />
        <location filename="../../workbench/ui/main_window.py" line="297" />
        <source>Voelspriet workspaces (*.voelspriet)</source>
        <translation>Voelspriet-werkruimtes (*.voelspriet)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="271" />
        <source>Name of the network or community:</source>
        <translation>Naam van het netwerk of de community:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="278" />
        <source>Cannot create workspace</source>
        <translation>Kan de werkruimte niet maken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="288" />
        <source>Cannot save a copy</source>
        <translation>Kan geen kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="290" />
        <source>Saved a copy as %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="296" />
        <source>Save a Copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="323" />
        <source>No recent workspaces</source>
        <translation>Geen recente werkruimtes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="328" />
        <source>%1 map.png</source>
        <translation>%1 kaart.png</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="329" />
        <source>Export Map Image</source>
        <translation>Kaart als afbeelding exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="330" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="356" />
        <source>Cannot export the map</source>
        <translation>Kan de kaart niet exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="358" />
        <source>Exported the map as %1</source>
        <translation>Kaart geëxporteerd als %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="367" />
        <source>Who takes part?</source>
        <translation>Wie doen er mee?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="368" />
        <source>Select the people taking part on the map or in the list first (Ctrl+click adds more), then start the meeting.</source>
        <translation>Kies eerst wie meedoen op de kaart of in de lijst (Ctrl+klik voegt meer toe) en begin dan de bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="387" />
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="390" />
        <source>About Voelspriet</source>
        <translation>Over Voelspriet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="391" />
        <source>Voelspriet — the facilitator's workbench for Communities of Practice and stakeholder networks. Everything stays on this computer, in one workspace file.</source>
        <translation>Voelspriet — de werkbank van de facilitator voor Communities of Practice en stakeholdernetwerken. Alles blijft op deze computer, in één werkruimtebestand.</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="98" />
        <source>Move into %1</source>
        <extracomment>Offered in the relation-kind chooser after the kinds already in use.</extracomment>
        <translation>Verplaatsen naar %1</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="168" />
        <source>Delete selection</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="178" />
        <source>%n stakeholders</source>
        <translation>%n stakeholders</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="179" />
        <source>the relation</source>
        <translation>de relatie</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="180" />
        <source>%n relations</source>
        <translation>%n relaties</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="182" />
        <source>Deleted %1 — %2 brings it back</source>
        <translation>%1 verwijderd — %2 haalt het terug</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="260" />
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="261" />
        <source>Connect to…</source>
        <translation>Verbinden met…</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="262" />
        <source>Log a contact…</source>
        <translation>Contact vastleggen…</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="263" />
        <location filename="../../workbench/canvas/controller.py" line="296" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="271" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="276" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="283" />
        <source>Pinned (auto-layout leaves it)</source>
        <translation>Vastgezet (automatische indeling laat hem staan)</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="288" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/controller.py" line="303" />
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
        <location filename="../../workbench/canvas/map_widget.py" line="108" />
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="109" />
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="112" />
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="115" />
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="94" />
        <location filename="../../workbench/canvas/map_widget.py" line="248" />
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
        <location filename="../../workbench/canvas/map_widget.py" line="249" />
        <location filename="../../workbench/canvas/map_widget.py" line="288" />
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
        <location filename="../../workbench/canvas/map_widget.py" line="288" />
        <source>Tidy selection</source>
        <translation>Selectie ordenen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="99" />
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="107" />
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="119" />
        <source>Nothing matches these filters.</source>
        <translation>Niets voldoet aan deze filters.</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="122" />
        <source>Show everyone</source>
        <translation>Iedereen tonen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="123" />
        <source>Clear every filter</source>
        <translation>Alle filters wissen</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="194" />
        <source>Name of the new stakeholder</source>
        <translation>Naam van de nieuwe stakeholder</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="218" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="235" />
        <source>Kind of relation between %1 and %2</source>
        <translation>Soort relatie tussen %1 en %2</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="237" />
        <source>Kind of relation</source>
        <translation>Soort relatie</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="246" />
        <source>Add stakeholder here…</source>
        <translation>Stakeholder hier toevoegen…</translation>
    </message>
    <message>
        <location filename="../../workbench/canvas/map_widget.py" line="251" />
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
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="127" />
        <location filename="../../workbench/ui/encryption.py" line="161" />
        <source>Change Passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="127" />
        <source>Encrypt Workspace</source>
        <translation>Werkruimte versleutelen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="131" />
        <source>If you lose the passphrase, the data is gone. Nobody can open this workspace or its backups without it: not you, and not the makers of Voelspriet. There is no way to recover it. Write it down and keep it somewhere safe.</source>
        <translation>Raak je het wachtwoord kwijt, dan zijn de gegevens weg. Zonder wachtwoord kan niemand deze werkruimte of de reservekopieën openen: jij niet, en de makers van Voelspriet ook niet. Het is op geen enkele manier terug te halen. Schrijf het op en bewaar het op een veilige plek.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="137" />
        <source>“%1” stays encrypted; from now on it opens with the new passphrase only, and so do its backups.</source>
        <translation>‘%1’ blijft versleuteld; vanaf nu opent het alleen nog met het nieuwe wachtwoord, en de reservekopieën ook.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="139" />
        <source>“%1” will be stored encrypted: without the passphrase, nothing in the file can be read, not even a name. Voelspriet asks for it each time the workspace is opened; copies and backups are encrypted with it too.</source>
        <translation>‘%1’ wordt versleuteld opgeslagen: zonder het wachtwoord is niets in het bestand te lezen, zelfs geen naam. Voelspriet vraagt erom telkens als de werkruimte wordt geopend; kopieën en reservekopieën worden er ook mee versleuteld.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="147" />
        <source>Current passphrase:</source>
        <translation>Huidig wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="150" />
        <source>New passphrase:</source>
        <translation>Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="150" />
        <source>Passphrase:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="151" />
        <source>The same again:</source>
        <translation>Nog een keer:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="153" />
        <source>I understand that a lost passphrase cannot be recovered</source>
        <translation>Ik begrijp dat een kwijtgeraakt wachtwoord niet terug te halen is</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="161" />
        <source>Encrypt</source>
        <translation>Versleutelen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="162" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="183" />
        <location filename="../../workbench/ui/encryption.py" line="184" />
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="195" />
        <source>A passphrase cannot hold this character; choose another.</source>
        <translation>Dit teken kan niet in een wachtwoord; kies een ander.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="199" />
        <source>The current passphrase is not right.</source>
        <translation>Het huidige wachtwoord klopt niet.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="166" />
        <source>Export Everything About This Person…</source>
        <translation>Alles over deze persoon exporteren…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="168" />
        <source>Erase Person…</source>
        <translation>Persoon wissen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="168" />
        <source>Erase Stakeholder…</source>
        <translation>Stakeholder wissen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="179" />
        <source>Log a contact…</source>
        <translation>Contact vastleggen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="197" />
        <source>Export Everything About %1</source>
        <translation>Alles over %1 exporteren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="198" />
        <source>Voelspriet JSON (*.json)</source>
        <translation>Voelspriet-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="212" />
        <location filename="../../workbench/ui/privacy.py" line="235" />
        <location filename="../../workbench/ui/privacy.py" line="268" />
        <source>This stakeholder no longer exists.</source>
        <translation>Deze stakeholder bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="217" />
        <source>Wrote everything about %1 to %2</source>
        <translation>Alles over %1 geschreven naar %2</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="228" />
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="234" />
        <source>The facilitator cannot be erased.</source>
        <translation>De facilitator kan niet gewist worden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="253" />
        <source>A meeting is being captured. End or close it first, then erase.</source>
        <translation>Er wordt een bijeenkomst vastgelegd. Sluit die eerst af, en wis dan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="255" />
        <source>A contact is open in the form. Save or close it first, then erase.</source>
        <translation>Er staat een contactmoment open in het formulier. Bewaar of sluit het eerst, en wis dan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="287" />
        <source>%1 was erased. This cannot be undone; the undo history was cleared.</source>
        <translation>%1 is gewist. Dit kan niet ongedaan worden gemaakt; de geschiedenis voor ongedaan maken is gewist.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="290" />
        <source>Their name was replaced by [erased] in:</source>
        <translation>Hun naam is vervangen door [erased] in:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="293" />
        <source>The %n older backups were deleted.</source>
        <translation>De %n oudere back-ups zijn verwijderd.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="296" />
        <source>%n older backups still hold %1. They are deleted as they age (after six months at the latest); to remove them now, delete them from the folder of backups beside the workspace.</source>
        <translation>In %n oudere back-ups staat %1 nog. Die verdwijnen als ze ouder worden (uiterlijk na zes maanden); verwijder ze uit de map met back-ups naast de werkruimte om ze nu kwijt te zijn.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/privacy.py" line="299" />
        <location filename="../../workbench/ui/privacy.py" line="308" />
        <source>Erased %1</source>
        <translation>%1 gewist</translation>
    </message>
</context>
<context>
    <name>RemoveEncryptionDialog</name>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="212" />
        <location filename="../../workbench/ui/encryption.py" line="227" />
        <source>Remove Encryption</source>
        <translation>Versleuteling opheffen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="216" />
        <source>“%1” will be stored unencrypted: anyone who gets hold of the file, or of a copy or backup made from now on, can read everything in it. Enter the passphrase to remove the encryption.</source>
        <translation>‘%1’ wordt onversleuteld opgeslagen: wie het bestand in handen krijgt, of een kopie of reservekopie die vanaf nu gemaakt wordt, kan alles erin lezen. Geef het wachtwoord om de versleuteling op te heffen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="220" />
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="228" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption.py" line="237" />
        <source>That passphrase is not right.</source>
        <translation>Dat wachtwoord klopt niet.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../workbench/ui/backups.py" line="82" />
        <source>Restore from Backup</source>
        <translation>Terugzetten vanuit back-up</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="87" />
        <source>Voelspriet backs this workspace up every half hour while you edit and when you close it, in the folder “%1” beside it. It keeps every backup of the last day, one a day for two weeks and one a week for six months.</source>
        <translation>Voelspriet maakt elk half uur dat je werkt en bij het sluiten een back-up van deze werkruimte, in de map ‘%1’ ernaast. Alle kopieën van de laatste dag blijven bewaard, twee weken lang één per dag en een half jaar lang één per week.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="95" />
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="95" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="99" />
        <source>There are no backups yet: the first is made after your first edit, and when you close the workspace.</source>
        <translation>Er zijn nog geen back-ups: de eerste wordt gemaakt na je eerste wijziging, en bij het sluiten van de werkruimte.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="104" />
        <source>Open to Look</source>
        <translation>Openen om in te kijken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="105" />
        <source>Open the backup in a window of its own, read only</source>
        <translation>De back-up openen in een eigen venster, alleen om te lezen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="106" />
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="275" />
        <source>%1 stakeholders · %2 relations · %3 interactions · %4 sessions</source>
        <translation>%1 stakeholders · %2 relaties · %3 contactmomenten · %4 sessies</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="56" />
        <source>About</source>
        <extracomment>The signature's texts: (field, label, placeholder).</extracomment>
        <translation>Waarover</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="57" />
        <source>What the ecosystem is about: the shared question</source>
        <translation>Waar het ecosysteem over gaat: de gedeelde vraag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="58" />
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="59" />
        <source>What partners do together, and how often</source>
        <translation>Wat partners samen doen, en hoe vaak</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="60" />
        <source>Who comes and why</source>
        <translation>Wie er komt en waarom</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="61" />
        <source>Who takes part, and what draws them</source>
        <translation>Wie meedoen, en wat hen trekt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="62" />
        <source>Shared goal</source>
        <translation>Gedeeld doel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="63" />
        <source>The goal all partners embrace</source>
        <translation>Het doel dat alle partners omarmen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="190" />
        <source>Name of the network</source>
        <extracomment>Stakeholder fields that change who counts in the meshwork (and how they are listed). Changes are gathered this long (ms) before the measures are computed again. The measures were computed (and shown).</extracomment>
        <translation>Naam van het netwerk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="199" />
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="217" />
        <source>Meshwork</source>
        <translation>Vlechtwerk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="220" />
        <source>How far partners are connected with each other, not only through you. Click a measure to select those people on the map.</source>
        <translation>Hoe ver partners met elkaar verbonden zijn, niet alleen via jou. Klik op een maat om die mensen op de kaart te kiezen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="286" />
        <source>Cannot save this</source>
        <translation>Kan dit niet bewaren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="310" />
        <source>Measuring…</source>
        <translation>Bezig met meten…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="324" />
        <source>The measures could not be computed: %1</source>
        <translation>De maten konden niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="335" />
        <source>No partners yet.</source>
        <translation>Nog geen partners.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="339" />
        <source>of the positive relations run between partners</source>
        <translation>van de positieve relaties loopt tussen partners</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="340" />
        <source>%1 of %2 relations with energy %3 or more do not involve you.</source>
        <translation>%1 van de %2 relaties met energie %3 of meer lopen niet via jou.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="346" />
        <source>density between partners</source>
        <translation>dichtheid tussen partners</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="347" />
        <source>%1 of %2 possible pairs of partners have a relation.</source>
        <translation>%1 van de %2 mogelijke paren partners hebben een relatie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="351" />
        <source>connected only through you</source>
        <translation>alleen via jou verbonden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="352" />
        <source>Related to you and to no other partner: introduce them to someone.</source>
        <translation>Verbonden met jou en met geen andere partner: stel ze aan iemand voor.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="355" />
        <source>without any relation</source>
        <translation>zonder enige relatie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="356" />
        <source>Not related to you or to anyone else on the map yet.</source>
        <translation>Nog niet verbonden met jou of met iemand anders op de kaart.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="359" />
        <source>Partners who bridge the most paths between other partners (betweenness).</source>
        <translation>Partners die de meeste verbindingen tussen andere partners overbruggen (betweenness).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="361" />
        <source>Estimated from a sample: the network is large.</source>
        <translation>Geschat uit een steekproef: het netwerk is groot.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="363" />
        <source>Brokers:</source>
        <translation>Verbinders:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/signature_panel.py" line="363" />
        <source>none yet</source>
        <translation>nog geen</translation>
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
        <location filename="../../workbench/ui/stakeholder_table.py" line="180" />
        <source>Filter stakeholders by name, organisation, role…</source>
        <translation>Filter stakeholders op naam, organisatie, rol…</translation>
    </message>
</context>
</TS>