"""The Dutch translation, as source text → Dutch; `make translations` writes it into the
.ts file (after pyside6-lupdate collected the source texts) and compiles the .qm.

Kept as Python so that a review shows English and Dutch side by side; the .ts stays the
file Qt Linguist can open.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DUTCH: dict[str, str] = {
    # refusals and undo texts
    "A workspace has exactly one facilitator.": "Een werkruimte heeft precies één facilitator.",
    "These two stakeholders are already connected.": "Deze twee stakeholders zijn al verbonden.",
    "A stakeholder cannot be connected to itself.": "Een stakeholder kan niet met zichzelf verbonden worden.",
    "Energy must be between 1 and 5.": "Energie moet tussen 1 en 5 liggen.",
    "A name cannot be empty.": "Een naam mag niet leeg zijn.",
    "Something this edit refers to no longer exists.": "Iets waar deze wijziging naar verwijst bestaat niet meer.",
    "Something with this id already exists.": "Er bestaat al iets met deze id.",
    "The workspace refused this edit.": "De werkruimte heeft deze wijziging geweigerd.",
    "Import %1": "%1 importeren",
    "Edit signature": "Signatuur bewerken",
    "Edit sensing settings": "Signaalinstellingen bewerken",
    "Add %1": "%1 toevoegen",
    "This stakeholder no longer exists.": "Deze stakeholder bestaat niet meer.",
    "Edit %1": "%1 bewerken",
    "Rename %1": "Naam wijzigen in %1",
    "Show:": "Tonen:",
    'energy: press 1–5': 'energie: druk 1–5',
    'Meeting: %1': 'Bijeenkomst: %1',
    'End meeting (Ctrl+Enter)': 'Bijeenkomst afsluiten (Ctrl+Enter)',
    'Arrow keys or the first letters of a name pick a person; 1–5 sets their energy; Tab goes to the remark line.': 'Pijltjestoetsen of de eerste letters van een naam kiezen iemand; 1–5 legt de energie vast; Tab gaat naar de regel voor opmerkingen.',
    'What they say (Enter adds it)': 'Wat iemand zegt (Enter voegt het toe)',
    'theme': 'thema',
    'Summary of the meeting (optional)': 'Samenvatting van de bijeenkomst (mag leeg)',
    '%1 says:': '%1 zegt:',
    'Cannot save the meeting': 'Kan de bijeenkomst niet bewaren',
    'Close the meeting?': 'Bijeenkomst sluiten?',
    'The meeting is not saved yet. Close it and keep it as a draft (offered again next time), or go back to it?': 'De bijeenkomst is nog niet bewaard. Sluiten en als concept bewaren (volgende keer aangeboden), of teruggaan?',
    'Meeting': 'Bijeenkomst',
    'Go on with the meeting?': 'Verder met de bijeenkomst?',
    'The meeting “%1” was not ended. Go on with it (nothing typed is lost), or throw it away?': 'De bijeenkomst ‘%1’ is niet afgesloten. Ermee verdergaan (er is niets verloren), of weggooien?',
    '&Meeting': '&Bijeenkomst',
    'Start a Meeting with the Selected People…': 'Bijeenkomst beginnen met de gekozen mensen…',
    'Who takes part?': 'Wie doen er mee?',
    'Select the people taking part on the map or in the list first (Ctrl+click adds more), then start the meeting.': 'Kies eerst wie meedoen op de kaart of in de lijst (Ctrl+klik voegt meer toe) en begin dan de bijeenkomst.',
    "Deleted %1 — %2 brings it back": "%1 verwijderd — %2 haalt het terug",
    "the relation": "de relatie",
    "%n relations": "%n relaties",
    "%1 map.png": "%1 kaart.png",
    "Kind of relation between %1 and %2": "Soort relatie tussen %1 en %2",
    "comma-separated, e.g. volunteer, director": "gescheiden door komma's, bijv. vrijwilliger, directeur",
    "What they want to achieve": "Wat ze willen bereiken",
    "What they need to take part": "Wat ze nodig hebben om mee te doen",
    "Why they do this": "Waarom ze dit doen",
    "What they get out of it: the win-win": "Wat het hun oplevert: de win-win",
    "Anything else worth remembering": "Wat verder het onthouden waard is",
    "Latest energy": "Laatste energie",
    "Note": "Notitie",
    "%n relations selected.": "%n relaties geselecteerd.",
    "%1 (%2) — %3 readings": "%1 (%2) — %3 metingen",
    "%1 (%2) — one reading": "%1 (%2) — één meting",
    "Cannot save this": "Kan dit niet bewaren",
    "Nothing matches these filters.": "Niets voldoet aan deze filters.",
    "Show everyone": "Iedereen tonen",
    "Clear every filter": "Alle filters wissen",
    "This no longer exists; it may have been deleted.": "Dit bestaat niet meer; misschien is het verwijderd.",
    "Edit group": "Groep bewerken",
    "Mark follow-up done": "Vervolgactie afvinken",
    "Reopen follow-up": "Vervolgactie weer openen",
    "The facilitator cannot be deleted.": "De facilitator kan niet verwijderd worden.",
    "Delete %1": "%1 verwijderen",
    "%n stakeholders": "%n stakeholders",
    "Move %1": "%1 verplaatsen",
    "Change group members": "Groepsleden wijzigen",
    "Add group %1": "Groep %1 toevoegen",
    "Edit group %1": "Groep %1 bewerken",
    "Delete group": "Groep verwijderen",
    "Connect %1 and %2": "%1 en %2 verbinden",
    "Edit relation": "Relatie bewerken",
    "Disconnect": "Verbinding verwijderen",
    "Add energy reading": "Energiemeting toevoegen",
    "Edit energy reading": "Energiemeting bewerken",
    "Delete energy reading": "Energiemeting verwijderen",
    "Log %1": "%1 vastleggen",
    "Edit interaction": "Contactmoment bewerken",
    "Delete interaction": "Contactmoment verwijderen",
    "Plan %1": "%1 plannen",
    "Delete session": "Sessie verwijderen",
    # vocabularies
    "Facilitator": "Facilitator",
    "Person": "Persoon",
    "Organisation": "Organisatie",
    "Company": "Bedrijf",
    "Government": "Overheid",
    "Foundation": "Stichting",
    "Education": "Onderwijs",
    "Network": "Netwerk",
    "Prospect": "Prospect",
    "Active": "Actief",
    "Core": "Kern",
    "Own way": "Eigen weg",
    "Loose network": "Los netwerk",
    "Community of Practice": "Community of Practice",
    "Meshwork": "Vlechtwerk",
    "disengaging": "afhakend",
    "doubting": "twijfel",
    "neutral": "neutraal",
    "engaged": "betrokken",
    "in flow": "vol vuur",
    "personal conversation": "persoonlijk gesprek",
    "phone call": "telefoongesprek",
    "meeting": "bijeenkomst",
    "event": "evenement",
    "email": "e-mail",
    "message": "bericht",
    # panels
    "Cannot open workspace": "Kan de werkruimte niet openen",
    "%n stakeholders selected.": "%n stakeholders geselecteerd.",
    "Select a stakeholder to see who they are.": "Selecteer een stakeholder om te zien wie het is.",
    "Groups": "Groepen",
    "Interests": "Belangen",
    "Needs": "Behoeften",
    "Drivers": "Drijfveren",
    "Value for them": "Waarde voor hen",
    "Notes": "Notities",
    "Tags": "Labels",
    "Email": "E-mail",
    "Phone": "Telefoon",
    "Phase": "Fase",
    "About": "Waarover",
    "What happens": "Wat er gebeurt",
    "Who comes and why": "Wie er komt en waarom",
    "Shared goal": "Gedeeld doel",
    "Name": "Naam",
    "Kind": "Soort",
    "Role": "Rol",
    "Status": "Status",
    "Filter stakeholders by name, organisation, role…": "Filter stakeholders op naam, organisatie, rol…",
    "%1 stakeholders · %2 relations · %3 interactions · %4 sessions":
        "%1 stakeholders · %2 relaties · %3 contactmomenten · %4 sessies",
    # import and export
    "&Import…": "&Importeren…",
    "Import Voelspriet JSON, a Kumu spreadsheet or GraphML": "Voelspriet-JSON, een Kumu-spreadsheet of GraphML importeren",
    "&Export…": "&Exporteren…",
    "Export to Voelspriet JSON, a Kumu spreadsheet or GraphML": "Exporteren naar Voelspriet-JSON, een Kumu-spreadsheet of GraphML",
    "Stakeholders": "Stakeholders",
    "Relations": "Relaties",
    "Energy readings": "Energiemetingen",
    "Interactions": "Contactmomenten",
    "Sessions": "Sessies",
    "Voelspriet JSON (*.json)": "Voelspriet-JSON (*.json)",
    "Kumu spreadsheet (*.xlsx)": "Kumu-spreadsheet (*.xlsx)",
    "Kumu table, one type per file (*.csv)": "Kumu-tabel, één soort per bestand (*.csv)",
    "GraphML: Gephi, yEd, networkx (*.graphml)": "GraphML: Gephi, yEd, networkx (*.graphml)",
    "Everything Voelspriet imports (%1)": "Alles wat Voelspriet importeert (%1)",
    "Import": "Importeren",
    "Cannot import %1": "Kan %1 niet importeren",
    "Nothing was imported; the workspace is unchanged.": "Er is niets geïmporteerd; de werkruimte is ongewijzigd.",
    "%1: %2 added, %3 updated, %4 unchanged": "%1: %2 toegevoegd, %3 bijgewerkt, %4 ongewijzigd",
    "%1 skipped (see the details).": "%1 overgeslagen (zie de details).",
    "Import finished": "Import klaar",
    "Imported %1.": "%1 geïmporteerd.",
    "%1 holds nothing new.": "%1 bevat niets nieuws.",
    "The file holds no stakeholders.": "Het bestand bevat geen stakeholders.",
    "Imported %1": "%1 geïmporteerd",
    "Export": "Exporteren",
    "Cannot export": "Kan niet exporteren",
    "Exported to %1": "Geëxporteerd naar %1",
    # legend and map
    "Relation energy": "Energie van de relatie",
    "no reading yet": "nog geen meting",
    "thicker: longer history": "dikker: langere geschiedenis",
    "needs attention": "vraagt aandacht",
    "Click “needs attention” to show or hide the radar on the map": "Klik op “vraagt aandacht” om de radar op de kaart te tonen of te verbergen",
    "Move into %1": "Verplaatsen naar %1",
    "Delete selection": "Selectie verwijderen",
    "Rename…": "Hernoemen…",
    "Connect to…": "Verbinden met…",
    "Pinned (auto-layout leaves it)": "Vastgezet (automatische indeling laat hem staan)",
    "Delete": "Verwijderen",
    "Find a stakeholder (Ctrl+F)": "Zoek een stakeholder (Ctrl+F)",
    "Find": "Zoeken",
    "All groups": "Alle groepen",
    "All kinds": "Alle soorten",
    "All statuses": "Alle statussen",
    "All tags": "Alle labels",
    "Fit": "Passend",
    "Show the whole map (F); Shift+F: the selection": "Toon de hele kaart (F); Shift+F: de selectie",
    "Auto-layout": "Automatisch indelen",
    "Arrange the map; pinned stakeholders stay put": "Deel de kaart in; vastgezette stakeholders blijven staan",
    "Tidy selection": "Selectie ordenen",
    "Legend": "Legenda",
    "Name of the new stakeholder": "Naam van de nieuwe stakeholder",
    "Kind of relation": "Soort relatie",
    "Add stakeholder here…": "Stakeholder hier toevoegen…",
    "Show group regions": "Groepsgebieden tonen",
    # main window
    "Signature": "Signatuur",
    "Radar": "Radar",
    "Stakeholder": "Stakeholder",
    "Energy timeline": "Energielijn",
    "&File": "&Bestand",
    "&New Workspace…": "&Nieuwe werkruimte…",
    "&Open…": "&Openen…",
    "Open &Recent": "&Recent geopend",
    "Save a &Copy…": "&Kopie opslaan…",
    "Export Map &Image…": "Kaart als &afbeelding exporteren…",
    "&Quit": "&Afsluiten",
    "&Edit": "Be&werken",
    "&View": "Beel&d",
    "&Help": "&Help",
    "&About Voelspriet": "&Over Voelspriet",
    "&Undo": "&Ongedaan maken",
    "&Redo": "Opnie&uw",
    "Open Workspace": "Werkruimte openen",
    "Voelspriet workspaces (*.voelspriet);;All files (*)": "Voelspriet-werkruimtes (*.voelspriet);;Alle bestanden (*)",
    "New Workspace": "Nieuwe werkruimte",
    "Voelspriet workspaces (*.voelspriet)": "Voelspriet-werkruimtes (*.voelspriet)",
    "Name of the network or community:": "Naam van het netwerk of de community:",
    "Cannot create workspace": "Kan de werkruimte niet maken",
    "Cannot save a copy": "Kan geen kopie opslaan",
    "Saved a copy as %1": "Kopie opgeslagen als %1",
    "Save a Copy": "Kopie opslaan",
    "No recent workspaces": "Geen recente werkruimtes",
    "Export Map Image": "Kaart als afbeelding exporteren",
    "PNG image (*.png);;SVG drawing (*.svg)": "PNG-afbeelding (*.png);;SVG-tekening (*.svg)",
    "Cannot export the map": "Kan de kaart niet exporteren",
    "Exported the map as %1": "Kaart geëxporteerd als %1",
    "Not possible": "Niet mogelijk",
    "About Voelspriet": "Over Voelspriet",
    "Voelspriet — the facilitator's workbench for Communities of Practice and stakeholder networks. "
    "Everything stays on this computer, in one workspace file.":
        "Voelspriet — de werkbank van de facilitator voor Communities of Practice en "
        "stakeholdernetwerken. Alles blijft op deze computer, in één werkruimtebestand.",
    # what happened and what to do (workbench/ui/messages.py); %1 a file's name, %2 its
    # folder, %3 a menu path (File › Import…, from the menus' own texts), %4 a place in the
    # file and what is wrong there
    "Workspace not found": "Werkruimte niet gevonden",
    "“%1” is not in the folder %2. It may have been moved, renamed or deleted; use %3 to open it from where it is now.":
        "‘%1’ staat niet in de map %2. Misschien is het verplaatst, hernoemd of verwijderd; open het met %3 "
        "op de plek waar het nu staat.",
    "Folder not found": "Map niet gevonden",
    "Voelspriet cannot use “%1”: its folder does not exist (%2). It may have been moved, renamed or deleted; "
    "choose another folder.":
        "Voelspriet kan ‘%1’ niet gebruiken: de map bestaat niet (%2). Misschien is die verplaatst, hernoemd "
        "of verwijderd; kies een andere map.",
    "Not a workspace": "Geen werkruimte",
    "“%1” is a folder, not a Voelspriet workspace. Choose a workspace file (its name ends in .voelspriet).":
        "‘%1’ is een map, geen Voelspriet-werkruimte. Kies een werkruimtebestand (de naam eindigt op .voelspriet).",
    "Not a Voelspriet workspace": "Geen Voelspriet-werkruimte",
    "“%1” is not a Voelspriet workspace, so it was not opened and nothing in it was changed. To bring people "
    "and relations from a spreadsheet, a JSON file or a GraphML file into a workspace, open the workspace and "
    "use %3 in its window.":
        "‘%1’ is geen Voelspriet-werkruimte; het is dus niet geopend en er is niets in veranderd. Wilt u mensen "
        "en relaties uit een spreadsheet, een JSON-bestand of een GraphML-bestand in een werkruimte zetten, open "
        "dan de werkruimte en gebruik %3 in het venster ervan.",
    "No access": "Geen toegang",
    "Voelspriet is not allowed to read “%1”. Ask the owner of the file for access, or copy it to a folder of "
    "your own and open the copy.":
        "Voelspriet mag ‘%1’ niet lezen. Vraag de eigenaar van het bestand om toegang, of kopieer het naar een "
        "eigen map en open de kopie.",
    "Workspace damaged": "Werkruimte beschadigd",
    "“%1” is damaged, so Voelspriet did not open it and changed nothing in it. Open a saved copy or a backup "
    "of this workspace instead.":
        "‘%1’ is beschadigd; Voelspriet heeft het daarom niet geopend en er niets in veranderd. Open in plaats "
        "daarvan een opgeslagen kopie of een back-up van deze werkruimte.",
    "Made with a newer Voelspriet": "Gemaakt met een nieuwere Voelspriet",
    "“%1” was made with a newer version of Voelspriet than this one. Update Voelspriet on this computer, then "
    "open it again.":
        "‘%1’ is gemaakt met een nieuwere versie van Voelspriet dan deze. Werk Voelspriet op deze computer bij "
        "en open het daarna opnieuw.",
    "Made with an older Voelspriet": "Gemaakt met een oudere Voelspriet",
    "“%1” was made with an older version of Voelspriet. Open it with %3 to bring it up to date (a backup is "
    "made first).":
        "‘%1’ is gemaakt met een oudere versie van Voelspriet. Open het met %3 om het bij te werken (eerst "
        "wordt er een back-up gemaakt).",
    "Read-only": "Alleen-lezen",
    "Voelspriet cannot save changes in “%1”: the file or its folder is read-only. Copy it to a folder you can "
    "write to (such as your Documents), then open the copy.":
        "Voelspriet kan geen wijzigingen in ‘%1’ opslaan: het bestand of de map waarin het staat is "
        "alleen-lezen. Kopieer het naar een map waarin u mag schrijven (zoals uw Documenten) en open de kopie.",
    "Already open": "Al geopend",
    "“%1” is already open in another Voelspriet window; close it there first, then open it here.":
        "‘%1’ is al geopend in een ander Voelspriet-venster; sluit het daar eerst en open het dan hier.",
    "Workspace closed": "Werkruimte gesloten",
    "“%1” has been closed in this window. Use %3 to open it again.":
        "‘%1’ is in dit venster gesloten. Open het opnieuw met %3.",
    "A copy cannot take the place of the workspace itself. Choose another name for the copy.":
        "Een kopie kan niet de plaats van de werkruimte zelf innemen. Kies een andere naam voor de kopie.",
    "The file exists": "Het bestand bestaat al",
    "There is already a file called “%1” in %2. Choose another name.":
        "Er staat al een bestand ‘%1’ in %2. Kies een andere naam.",
    "Cannot use the workspace": "Kan de werkruimte niet gebruiken",
    "Voelspriet cannot use “%1”. Use %3 to choose another workspace.":
        "Voelspriet kan ‘%1’ niet gebruiken. Kies met %3 een andere werkruimte.",
    "File not found": "Bestand niet gevonden",
    "“%1” is not in the folder %2. It may have been moved, renamed or deleted; use %3 to choose it where it is "
    "now.":
        "‘%1’ staat niet in de map %2. Misschien is het verplaatst, hernoemd of verwijderd; kies het met %3 op "
        "de plek waar het nu staat.",
    "Voelspriet cannot read “%1”: it is not allowed to, or the file is on a disk or network folder that is not "
    "available. Copy the file to a folder of your own and import the copy.":
        "Voelspriet kan ‘%1’ niet lezen: het mag dat niet, of het bestand staat op een schijf of netwerkmap die "
        "niet bereikbaar is. Kopieer het bestand naar een eigen map en importeer de kopie.",
    "Not a file Voelspriet imports": "Geen bestand dat Voelspriet importeert",
    "Voelspriet cannot import “%1”. It imports Voelspriet JSON (.json), Kumu spreadsheets (.xlsx, or .csv "
    "with one table) and GraphML (.graphml).":
        "Voelspriet kan ‘%1’ niet importeren. Het importeert Voelspriet-JSON (.json), Kumu-spreadsheets (.xlsx, "
        "of .csv met één tabel) en GraphML (.graphml).",
    "Not a file": "Geen bestand",
    "“%1” is a folder. Choose a file.": "‘%1’ is een map. Kies een bestand.",
    "File too large": "Bestand te groot",
    "“%1” is too large to import. Split it into smaller files and import them one after the other.":
        "‘%1’ is te groot om te importeren. Verdeel het over kleinere bestanden en importeer die na elkaar.",
    "Empty file": "Leeg bestand",
    "“%1” is empty: there is nothing in it to import.": "‘%1’ is leeg: er staat niets in om te importeren.",
    "Not an Excel workbook": "Geen Excel-werkmap",
    "“%1” is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel or LibreOffice, save it as an "
    "Excel workbook (.xlsx), and import that.":
        "‘%1’ is geen Excel-werkmap (.xlsx), of het is beschadigd. Open het in Excel of LibreOffice, sla het op "
        "als Excel-werkmap (.xlsx) en importeer dat bestand.",
    "Protected or old workbook": "Beveiligde of oude werkmap",
    "“%1” is protected with a password, or it is an old Excel file (.xls). Open it in Excel, save it as an "
    "Excel workbook (.xlsx) without a password, and import that.":
        "‘%1’ is beveiligd met een wachtwoord, of het is een oud Excel-bestand (.xls). Open het in Excel, sla "
        "het op als Excel-werkmap (.xlsx) zonder wachtwoord en importeer dat bestand.",
    "Not a CSV table": "Geen CSV-tabel",
    "“%1” is not a table Voelspriet can read. In Excel, save it as “CSV UTF-8” or as an Excel workbook (.xlsx), "
    "and import that.":
        "‘%1’ is geen tabel die Voelspriet kan lezen. Sla het in Excel op als ‘CSV UTF-8’ of als Excel-werkmap "
        "(.xlsx) en importeer dat bestand.",
    "Not a Voelspriet JSON file": "Geen Voelspriet-JSON-bestand",
    "“%1” is not a Voelspriet JSON file, or it is damaged.":
        "‘%1’ is geen Voelspriet-JSON-bestand, of het is beschadigd.",
    "Not a GraphML file": "Geen GraphML-bestand",
    "“%1” is not a GraphML file, or it is damaged.": "‘%1’ is geen GraphML-bestand, of het is beschadigd.",
    "No elements or connections": "Geen elementen of verbindingen",
    "“%1” has no sheet of elements or connections. Voelspriet looks for a sheet whose first column heading is "
    "Label (elements: people and organisations) or From and To (connections), as Kumu writes them.":
        "‘%1’ heeft geen werkblad met elementen of verbindingen. Voelspriet zoekt een werkblad waarvan de eerste "
        "kolomkop Label is (elementen: mensen en organisaties) of From en To (verbindingen), zoals Kumu ze "
        "schrijft.",
    "A problem in the file": "Een fout in het bestand",
    "“%1” has a problem at %4. Correct it in the file, then import it again.":
        "‘%1’ bevat een fout op %4. Verbeter die in het bestand en importeer het daarna opnieuw.",
    "“%1” cannot be imported: %4. Correct it in the file, then import it again.":
        "‘%1’ kan niet geïmporteerd worden: %4. Verbeter dat in het bestand en importeer het daarna opnieuw.",
    "The first problem is at %4.": "De eerste fout staat op %4.",
    "Not a format Voelspriet exports": "Geen formaat waarnaar Voelspriet exporteert",
    "Voelspriet cannot export to “%1”. Choose Voelspriet JSON (.json), a Kumu spreadsheet (.xlsx) or GraphML "
    "(.graphml).":
        "Voelspriet kan niet naar ‘%1’ exporteren. Kies Voelspriet-JSON (.json), een Kumu-spreadsheet (.xlsx) "
        "of GraphML (.graphml).",
    "Voelspriet is not allowed to write “%1” in %2. Choose a folder of your own, such as your Documents.":
        "Voelspriet mag ‘%1’ niet in %2 schrijven. Kies een eigen map, zoals uw Documenten.",
    "Disk full": "Schijf vol",
    "The disk is full: Voelspriet could not write “%1”. Make room on the disk or choose another place, then "
    "try again.":
        "De schijf is vol: Voelspriet kon ‘%1’ niet schrijven. Maak ruimte op de schijf of kies een andere plek "
        "en probeer het opnieuw.",
    "Cannot write": "Kan niet schrijven",
    "Voelspriet could not write “%1” in %2 (%4). Choose another folder and try again.":
        "Voelspriet kon ‘%1’ niet in %2 schrijven (%4). Kies een andere map en probeer het opnieuw.",
    "Voelspriet is not allowed to use “%1” in %2. Choose a folder of your own, such as your Documents.":
        "Voelspriet mag ‘%1’ in %2 niet gebruiken. Kies een eigen map, zoals uw Documenten.",
    "Cannot use the file": "Kan het bestand niet gebruiken",
    "Voelspriet could not use “%1” in %2 (%4). Choose another place and try again.":
        "Voelspriet kon ‘%1’ in %2 niet gebruiken (%4). Kies een andere plek en probeer het opnieuw.",
    "Something went wrong": "Er ging iets mis",
    "Voelspriet could not finish this because of an unexpected problem.":
        "Voelspriet kon dit niet afmaken door een onverwacht probleem.",
    "the file": "het bestand",
    "its folder": "de map ervan",
    "sheet": "werkblad",
    "row": "rij",
    "column": "kolom",
    "line": "regel",
    # the energy timeline (workbench/timeline)
    "Loading the energy timeline…": "De energietijdlijn wordt geladen…",
    "Energy over time": "Energie door de tijd",
    "Select a stakeholder or a relation on the map or in the list to see how its energy developed over time.":
        "Selecteer een stakeholder of een relatie op de kaart of in de lijst om te zien hoe de energie zich in "
        "de tijd ontwikkelde.",
    "No relations yet: connect them on the map, then their energy readings show here.":
        "Nog geen relaties: verbind ze op de kaart, dan verschijnen hier hun energiemetingen.",
    "%1: one relation": "%1: één relatie",
    "%1: %2 relations": "%1: %2 relaties",
    "%1 relations": "%1 relaties",
    "one reading": "één meting",
    "%1 readings": "%1 metingen",
    "Add reading…": "Meting toevoegen…",
    "Add an energy reading (or click an empty place in the plot)":
        "Een energiemeting toevoegen (of klik op een lege plek in de grafiek)",
    "Show all": "Alles tonen",
    "Show every reading (zoom with the wheel, drag to move in time)":
        "Alle metingen tonen (zoom met het scrollwiel, sleep om door de tijd te gaan)",
    "Tick to show, untick to hide": "Aanvinken om te tonen, uitvinken om te verbergen",
    "Contacts": "Contactmomenten",
    "contacts": "contacten",
    "today": "vandaag",
    "low energy (≤ %1)": "lage energie (≤ %1)",
    "latest: %1": "laatste: %1",
    "no readings yet": "nog geen metingen",
    "Energy: %1 — %2": "Energie: %1 — %2",
    "Source: %1": "Bron: %1",
    "Note: %1": "Notitie: %1",
    "During: %1, %2": "Tijdens: %1, %2",
    "With: %1": "Met: %1",
    "Remarks:": "Opmerkingen:",
    "sensed": "aangevoeld",
    "doubt": "twijfel",
    "question": "vraag",
    "remark": "opmerking",
    "idea": "idee",
    "Relation": "Relatie",
    "Energy": "Energie",
    "When": "Wanneer",
    "Press 1–5 to choose": "Kies met 1–5",
    "What you noticed (optional)": "Wat u opmerkte (optioneel)",
    "Delete reading": "Meting verwijderen",
    "A reading cannot lie in the future: choose today or an earlier date.":
        "Een meting kan niet in de toekomst liggen: kies vandaag of een eerdere datum.",
    # quick capture, the interaction log and follow-ups (workbench/ui/capture.py, interaction_log.py,
    # followups.py, workspace/followups.py); the Alt letters in the form differ: G T B V E R W I S
    "&Conversation": "&Gesprek",
    "&Phone call": "&Telefoon",
    "E&vent": "E&venement",
    "&Email": "&E-mail",
    "Messa&ge": "Be&richt",
    "Doubt": "Twijfel",
    "Question": "Vraag",
    "Remark": "Opmerking",
    "Idea": "Idee",
    "Energy goes from 1 (%1) to 5 (%2): press 1, 2, 3, 4 or 5.":
        "Energie loopt van 1 (%1) tot 5 (%2): druk op 1, 2, 3, 4 of 5.",
    "Cannot read the due date “%1”: write e.g. 2024-06-01, 1-6, +7, fri or next week.":
        "Kan de datum ‘%1’ niet lezen: schrijf bijv. 2024-06-01, 1-6, +7, vr of volgende week.",
    "(deleted)": "(verwijderd)",
    "%1 and %2": "%1 en %2",
    "%1 and %n others": "%1 en %n anderen",
    "Energy: press 1–5": "Energie: druk op 1–5",
    "Energy: %1 (%2)": "Energie: %1 (%2)",
    "press 1–5": "druk op 1–5",
    "Who took part? Type a name and press Enter to add them.":
        "Wie deden er mee? Typ een naam en druk op Enter om iemand toe te voegen.",
    "%1 is in the future. Log a contact once it has happened; plan one with a follow-up.":
        "%1 ligt in de toekomst. Leg een contact vast als het geweest is; plan er een met een vervolgactie.",
    "Energy between partners needs two different people who both took part.":
        "Energie tussen partners vraagt om twee verschillende mensen die allebei meededen.",
    "A remark needs its text: what was said? (or remove it with ×)":
        "Een opmerking heeft tekst nodig: wat werd er gezegd? (of haal haar weg met ×)",
    "Who said it? Choose someone who took part.": "Wie zei het? Kies iemand die meedeed.",
    "A follow-up needs to say what is to be done (or remove it with ×).":
        "Een vervolgactie moet zeggen wat er moet gebeuren (of haal haar weg met ×).",
    "Edit %1 with %2": "%1 met %2 bewerken",
    "Log %1 with %2": "%1 met %2 vastleggen",
    "%1 with %2": "%1 met %2",
    "%n contacts": "%n contacten",
    "Remove %1 (Del)": "%1 weghalen (Del)",
    "What was said": "Wat werd er gezegd",
    "Theme": "Thema",
    "Kind: type d, q, r or i": "Soort: typ t (twijfel), v (vraag), o (opmerking) of i (idee)",
    "Said by": "Gezegd door",
    "Remove this remark": "Deze opmerking weghalen",
    "What is to be done": "Wat er moet gebeuren",
    "Who does it": "Wie doet het",
    "Due: +7, fri, 1-6": "Wanneer: +7, vr, 1-6",
    "When it is due: a date (2024-06-01, 1-6), a number of days (+7), 2w, a weekday (fri), tomorrow or "
    "next week; empty: no date":
        "Wanneer het klaar moet zijn: een datum (2024-06-01, 1-6), een aantal dagen (+7), 2w, een weekdag (vr), "
        "morgen of volgende week; leeg: geen datum",
    "Remove this follow-up": "Deze vervolgactie weghalen",
    "(no one in particular)": "(niemand in het bijzonder)",
    "Remove this reading": "Deze meting weghalen",
    "Edit contact": "Contact bewerken",
    "Log a contact": "Contact vastleggen",
    "How": "Hoe",
    "Now": "Nu",
    "&When": "&Wanneer",
    "Type a name, Enter adds them; several people one by one":
        "Typ een naam, Enter voegt toe; meer mensen één voor één",
    "W&ho": "W&ie",
    "What was it about? (Shift+Enter: a new line)": "Waar ging het over? (Shift+Enter: nieuwe regel)",
    "&Summary": "&Samenvatting",
    "Remarks": "Opmerkingen",
    "+ Remark  (Ctrl+R)": "+ Opmerking  (Ctrl+R)",
    "Follow-ups": "Vervolgacties",
    "+ Follow-up  (Ctrl+F)": "+ Vervolgactie  (Ctrl+F)",
    "Between": "Onderling",
    "+ Energy between two of them  (Ctrl+B)": "+ Energie tussen twee van hen  (Ctrl+B)",
    "Enter saves · Esc cancels · Alt+underlined letter: channel or field":
        "Enter bewaart · Esc annuleert · Alt+onderstreepte letter: kanaal of veld",
    "Cancel": "Annuleren",
    "Save": "Bewaren",
    "First add who took part: type a name and press Enter; then 1–5 sets their energy.":
        "Voeg eerst toe wie meededen: typ een naam en druk op Enter; dan zet 1–5 hun energie.",
    "No one in this workspace is called “%1”. Pick a name from the list (↑/↓, Enter), or add them to the "
    "map first.":
        "Niemand in deze werkruimte heet ‘%1’. Kies een naam uit de lijst (↑/↓, Enter), of zet die persoon "
        "eerst op de kaart.",
    "Nobody yet: type a name and press Enter; then 1–5 for their energy.":
        "Nog niemand: typ een naam en druk op Enter; dan 1–5 voor hun energie.",
    "1–5: energy of the highlighted person · ↑/↓: another · Del: remove (with the Who line empty)":
        "1–5: energie van de gemarkeerde persoon · ↑/↓: een ander · Del: weghalen (met de regel Wie leeg)",
    "Energy between partners needs two people who both took part.":
        "Energie tussen partners vraagt om twee mensen die allebei meededen.",
    "“%1” is not added yet: pick the name from the list and press Enter, or clear the Who line.":
        "‘%1’ is nog niet toegevoegd: kies de naam uit de lijst en druk op Enter, of maak de regel Wie leeg.",
    "%1 — %2 undoes it": "%1 — %2 maakt het ongedaan",
    "Discard this contact?": "Dit contact weggooien?",
    "What you typed here will be lost.": "Wat u hier typte gaat verloren.",
    "Discard": "Weggooien",
    "Keep editing": "Verder bewerken",
    "&Log a Contact…": "Contact &vastleggen…",
    "Log a contact: a conversation, a call, a meeting … (Ctrl+L)":
        "Contact vastleggen: een gesprek, een telefoontje, een bijeenkomst … (Ctrl+L)",
    "Add a &Follow-up…": "&Vervolgactie toevoegen…",
    "Add a follow-up": "Vervolgactie toevoegen",
    "Add a follow-up on its own, e.g. call Anna next week (Ctrl+Shift+L)":
        "Een losse vervolgactie toevoegen, bijv. Anna volgende week bellen (Ctrl+Shift+L)",
    "&Contacts": "&Contacten",
    "This contact no longer exists; it may have been deleted.":
        "Dit contact bestaat niet meer; misschien is het verwijderd.",
    "Any time": "Altijd",
    "Last 7 days": "Laatste 7 dagen",
    "Last 30 days": "Laatste 30 dagen",
    "Last 90 days": "Laatste 90 dagen",
    "Last 12 months": "Laatste 12 maanden",
    "Contact": "Contact",
    "%n remarks": "%n opmerkingen",
    "1 remark": "1 opmerking",
    "%n open follow-ups": "%n open vervolgacties",
    "1 open follow-up": "1 open vervolgactie",
    "All channels": "Alle kanalen",
    "Everyone": "Iedereen",
    "Follow the selection": "Volg de selectie",
    "Show the contacts of the stakeholder selected on the map or in the list":
        "Toon de contacten van de stakeholder die op de kaart of in de lijst gekozen is",
    "From": "Van",
    "To": "Tot",
    "Log a contact…": "Contact vastleggen…",
    "Log a contact (Ctrl+L), with the person shown here":
        "Contact vastleggen (Ctrl+L), met de persoon die hier getoond wordt",
    "Open": "Openen",
    "Open the contact to read or edit it (Enter)": "Het contact openen om te lezen of te bewerken (Enter)",
    "Delete the contact and the energy sensed in it (Del); %1 brings it back":
        "Het contact verwijderen met de energie die erin gemeten is (Del); %1 haalt het terug",
    "any": "alle",
    "%1 of %2 contacts": "%1 van %2 contacten",
    "What": "Wat",
    "Due": "Wanneer",
    "no one in particular": "niemand in het bijzonder",
    "no date": "geen datum",
    "done": "gedaan",
    "1 day overdue": "1 dag te laat",
    "%n days overdue": "%n dagen te laat",
    "tomorrow": "morgen",
    "in %n days": "over %n dagen",
    "on its own": "los",
    "%1 with %2, %3": "%1 met %2, %3",
    "Enter or a double click opens the contact.": "Enter of dubbelklikken opent het contact.",
    "Add a follow-up, e.g. call Anna next week": "Vervolgactie toevoegen, bijv. Anna volgende week bellen",
    "Add": "Toevoegen",
    "Space: done · Enter: open the contact · F2: edit · Del: delete · overdue ones in red":
        "Spatie: gedaan · Enter: contact openen · F2: bewerken · Del: verwijderen · te laat in rood",
    "%n open": "%n open",
    "%n overdue": "%n te laat",
    "A follow-up needs to say what is to be done.": "Een vervolgactie moet zeggen wat er moet gebeuren.",
    "No one in this workspace is called “%1”. Pick a name from the list, or leave it empty.":
        "Niemand in deze werkruimte heet ‘%1’. Kies een naam uit de lijst, of laat het leeg.",
    "Added the follow-up “%1” — %2 undoes it": "Vervolgactie ‘%1’ toegevoegd — %2 maakt het ongedaan",
    "Done: %1 — %2 undoes it": "Gedaan: %1 — %2 maakt het ongedaan",
    "the follow-up": "de vervolgactie",
    "%n follow-ups": "%n vervolgacties",
    "Add follow-up %1": "Vervolgactie %1 toevoegen",
    "Edit follow-up": "Vervolgactie bewerken",
    "Delete follow-up": "Vervolgactie verwijderen",
    "Delete %n follow-ups": "%n vervolgacties verwijderen",
    # privacy: erasing a person, exporting everything about one (ui/privacy.py)
    "Relations, with the energy readings on them": "Relaties, met de energiemetingen erop",
    "Contacts they took part in": "Contactmomenten waar ze bij waren",
    "… of which with no one else (removed whole)": "… waarvan met niemand anders (helemaal verwijderd)",
    "Remarks they made": "Opmerkingen die ze maakten",
    "Follow-ups for them": "Vervolgacties voor hen",
    "Places in planned sessions": "Plaatsen in geplande bijeenkomsten",
    "Group memberships": "Lidmaatschappen van groepen",
    "Unsaved drafts that name them": "Niet-bewaarde concepten die hen noemen",
    "the signature": "de signatuur",
    "group %1": "groep %1",
    "about %1": "over %1",
    "the relation %1": "de relatie %1",
    "an energy reading of %1": "een energiemeting van %1",
    "the contact (%1)": "het contactmoment (%1)",
    "a remark in the contact (%1)": "een opmerking bij het contactmoment (%1)",
    "a follow-up of the contact (%1)": "een vervolgactie bij het contactmoment (%1)",
    "a follow-up": "een vervolgactie",
    "the session %1": "de bijeenkomst %1",
    "an unsaved draft": "een niet-bewaard concept",
    "… and %n more": "… en nog %n",
    "Erase %1?": "%1 wissen?",
    "This cannot be undone.": "Dit kan niet ongedaan worden gemaakt.",
    "Everything this workspace holds about %1 is removed, and the space it took is overwritten so that it cannot be recovered:":
        "Alles wat deze werkruimte over %1 bewaart wordt verwijderd, en de ruimte die het innam wordt overschreven zodat het niet terug te halen is:",
    "and their card, with their contact details and notes.": "en hun kaart, met contactgegevens en notities.",
    "Other people's texts that name them keep their words, with the name replaced by [erased], in:":
        "Teksten van anderen die hen noemen houden hun woorden, met de naam vervangen door [erased], in:",
    "The undo history of this workspace is cleared.": "De geschiedenis voor ongedaan maken van deze werkruimte wordt gewist.",
    "Also delete the %n older backups: they still hold %1": "Ook de %n oudere back-ups verwijderen: daar staat %1 nog in",
    "Erase %1": "%1 wissen",
    "Export Everything About This Person…": "Alles over deze persoon exporteren…",
    "Erase Person…": "Persoon wissen…",
    "Erase Stakeholder…": "Stakeholder wissen…",
    "Export Everything About %1": "Alles over %1 exporteren",
    "Voelspriet JSON (*.json)": "Voelspriet-JSON (*.json)",
    "Wrote everything about %1 to %2": "Alles over %1 geschreven naar %2",
    "Not now": "Nu niet",
    "The facilitator cannot be erased.": "De facilitator kan niet gewist worden.",
    "A meeting is being captured. End or close it first, then erase.":
        "Er wordt een bijeenkomst vastgelegd. Sluit die eerst af, en wis dan.",
    "A contact is open in the form. Save or close it first, then erase.":
        "Er staat een contactmoment open in het formulier. Bewaar of sluit het eerst, en wis dan.",
    "%1 was erased. This cannot be undone; the undo history was cleared.":
        "%1 is gewist. Dit kan niet ongedaan worden gemaakt; de geschiedenis voor ongedaan maken is gewist.",
    "Their name was replaced by [erased] in:": "Hun naam is vervangen door [erased] in:",
    "The %n older backups were deleted.": "De %n oudere back-ups zijn verwijderd.",
    "%n older backups still hold %1. They are deleted as they age (after six months at the latest); to remove them now, delete them from the folder of backups beside the workspace.":
        "In %n oudere back-ups staat %1 nog. Die verdwijnen als ze ouder worden (uiterlijk na zes maanden); verwijder ze uit de map met back-ups naast de werkruimte om ze nu kwijt te zijn.",
    "Erased %1": "%1 gewist",
    "This is a copy opened only to look at; it cannot be changed.":
        "Dit is een kopie die alleen geopend is om in te kijken; die kan niet veranderd worden.",
    # rolling backups (ui/backups.py)
    "Restore from Backup": "Terugzetten vanuit back-up",
    "Restore from &Backup…": "Terugzetten vanuit &back-up…",
    "Voelspriet backs this workspace up every half hour while you edit and when you close it, in the folder “%1” beside it. It keeps every backup of the last day, one a day for two weeks and one a week for six months.":
        "Voelspriet maakt elk half uur dat je werkt en bij het sluiten een back-up van deze werkruimte, in de map ‘%1’ ernaast. Alle kopieën van de laatste dag blijven bewaard, twee weken lang één per dag en een half jaar lang één per week.",
    "Made": "Gemaakt",
    "Size": "Grootte",
    "There are no backups yet: the first is made after your first edit, and when you close the workspace.":
        "Er zijn nog geen back-ups: de eerste wordt gemaakt na je eerste wijziging, en bij het sluiten van de werkruimte.",
    "Open to Look": "Openen om in te kijken",
    "Open the backup in a window of its own, read only": "De back-up openen in een eigen venster, alleen om te lezen",
    "Restore…": "Terugzetten…",
    "Could not write a backup: %1": "Kon geen back-up maken: %1",
    "%1 — backup of %2 (read only) — Voelspriet": "%1 — back-up van %2 (alleen lezen) — Voelspriet",
    "A backup, open to look at only: nothing here can be changed. To go back to it, use Restore from Backup… in the workspace's own window.":
        "Een back-up, alleen open om in te kijken: hier kan niets veranderd worden. Gebruik Terugzetten vanuit back-up… in het eigen venster van de werkruimte om ernaar terug te gaan.",
    "Restore this backup?": "Deze back-up terugzetten?",
    "The workspace goes back to how it was on %1. Its current state is backed up first, so you can come back to it the same way. The undo history is cleared.":
        "De werkruimte gaat terug naar hoe die was op %1. Van hoe die nu is wordt eerst een back-up gemaakt, zodat je er op dezelfde manier naar terug kunt. De geschiedenis voor ongedaan maken wordt gewist.",
    "Restored the backup of %1": "Back-up van %1 teruggezet",
    # the radar dock (ui/radar_dock.py), its words (workspace/radar_words.py), the sensing settings
    "Log the call…": "Telefoontje vastleggen…",
    "Log the talk…": "Gesprek vastleggen…",
    "Log the meeting…": "Overleg vastleggen…",
    "Log the message…": "Bericht vastleggen…",
    "You (the facilitator's own follow-ups)": "Jijzelf (je eigen vervolgacties)",
    "Snooze": "Uitstellen",
    "Leave %1 off the radar until:": "%1 van de radar laten tot:",
    "It shows again on that day, or at once if you undo.":
        "Op die dag komt het terug, of meteen als je het ongedaan maakt.",
    "Rules…": "Regels…",
    "Sensing settings: when the radar flags someone": "Signaalinstellingen: wanneer de radar iemand aanwijst",
    "Select them on the map and show their details (Enter)": "Op de kaart kiezen en hun gegevens tonen (Enter)",
    "Snooze…": "Uitstellen…",
    "Leave it off the radar until a day you choose": "Van de radar laten tot een dag die je kiest",
    "Own way…": "Eigen weg…",
    "They went their own way: stop flagging them": "Gaat een eigen weg: niet meer aanwijzen",
    "Dismiss": "Wegleggen",
    "Off the radar until something new happens (Del)": "Van de radar tot er iets nieuws gebeurt (Del)",
    "%1 on the radar on %2, most urgent first": "%1 op de radar op %2, de dringendste eerst",
    "Nobody needs attention now. Snoozed and dismissed findings come back on their day, or when something new "
    "happens.": "Niemand heeft nu aandacht nodig. Wat is uitgesteld of weggelegd komt terug op zijn dag, of als er "
                "iets nieuws gebeurt.",
    "Log the contact with them, the people and the kind filled in":
        "Het contact met hen vastleggen, met de mensen en de soort al ingevuld",
    "Snoozed %1 until %2 — %3 brings it back": "%1 uitgesteld tot %2 — %3 haalt het terug",
    "Dismissed %1 until something new happens — %2 brings it back":
        "%1 weggelegd tot er iets nieuws gebeurt — %2 haalt het terug",
    "%1 has gone their own way and is no longer flagged — %2 undoes it":
        "%1 gaat een eigen weg en wordt niet meer aangewezen — %2 maakt het ongedaan",
    "Gone their own way?": "Een eigen weg gegaan?",
    "Mark %1 as gone their own way?": "%1 markeren als een eigen weg gegaan?",
    "People move on, and that is fine. The radar will no longer flag %1: no silence, energy, doubts or "
    "follow-ups. Their history stays, and you can set their status back in their details at any time.":
        "Mensen gaan verder, en dat is goed. De radar wijst %1 niet meer aan: geen stilte, energie, twijfels of "
        "vervolgacties. Hun geschiedenis blijft, en je kunt hun status altijd terugzetten in hun gegevens.",
    "Mark as gone their own way": "Markeren als een eigen weg gegaan",
    "Gone their own way": "Een eigen weg gegaan",
    "%1 has gone their own way…": "%1 gaat een eigen weg…",
    "Sensing Settings…": "Signaalinstellingen…",
    "Sensing &Settings…": "&Signaalinstellingen…",
    "When the radar flags someone: the thresholds of each rule":
        "Wanneer de radar iemand aanwijst: de drempels van elke regel",
    "Silence": "Stilte",
    "Minimum silence": "Minimale stilte",
    "days": "dagen",
    "An active partner is flagged after at least this many days without contact.":
        "Een actieve partner wordt aangewezen na minstens zoveel dagen zonder contact.",
    "Rhythm factor": "Ritmefactor",
    "× their usual gap": "× hun gewone tussenpoos",
    "Someone you usually speak with rarely gets this many times their usual gap, when that is longer.":
        "Wie je zelden spreekt krijgt zoveel keer de gewone tussenpoos, als die langer is.",
    "Rhythm known from": "Ritme bekend vanaf",
    "Their usual gap (the median) counts from this many contacts on.":
        "De gewone tussenpoos (de mediaan) telt vanaf zoveel contacten.",
    "Talk in person past": "Persoonlijk spreken na",
    "× the limit": "× de grens",
    "Silent longer than this: a personal conversation rather than a call.":
        "Langer stil dan dit: liever een persoonlijk gesprek dan een telefoontje.",
    "Low at or below": "Laag bij of onder",
    "(1–5)": "(1–5)",
    "A latest reading this low is flagged: with you as low energy, between partners as drifting apart.":
        "Een laatste meting zo laag wordt aangewezen: met jou als lage energie, tussen partners als uit elkaar "
        "groeien.",
    "Or a drop of": "Of een daling van",
    "steps": "stappen",
    "… or a latest reading this much below the highest of the readings before it.":
        "… of een laatste meting zoveel onder de hoogste van de metingen ervoor.",
    "Readings before it": "Metingen ervoor",
    "readings": "metingen",
    "How many earlier readings a drop is measured against.": "Tegen hoeveel eerdere metingen een daling wordt gemeten.",
    "Doubts": "Twijfels",
    "Doubts of the last": "Twijfels van de laatste",
    "A doubt raised this recently, with no contact since, is flagged.":
        "Een twijfel van zo kort geleden, zonder contact sindsdien, wordt aangewezen.",
    "Themes": "Thema's",
    "Raised by at least": "Genoemd door minstens",
    "partners": "partners",
    "The same theme from this many partners: adjust the communication for everyone.":
        "Hetzelfde thema van zoveel partners: de communicatie voor iedereen bijstellen.",
    "Within the last": "Binnen de laatste",
    "Only remarks this recent count towards a theme.": "Alleen opmerkingen van zo kort geleden tellen mee voor een thema.",
    "%1: enter a whole number from %2 to %3.": "%1: vul een heel getal in van %2 tot %3.",
    "%1: enter a number from %2 to %3, such as 1.5.": "%1: vul een getal in van %2 tot %3, zoals 1,5.",
    "Sensing settings": "Signaalinstellingen",
    "When the radar flags someone. Each rule is explained under its field; the radar follows as soon as you save.":
        "Wanneer de radar iemand aanwijst. Onder elk veld staat wat de regel doet; de radar volgt zodra je bewaart.",
    "The radar's day": "De dag van de radar",
    "Sense as of a fixed day:": "Kijken vanaf een vaste dag:",
    "For an archived or demo workspace: the radar looks at this day instead of today.":
        "Voor een gearchiveerde of demowerkruimte: de radar kijkt naar deze dag in plaats van vandaag.",
    "Default values": "Standaardwaarden",
    "Fill in the values Voelspriet starts with (saved only when you save)":
        "De waarden invullen waarmee Voelspriet begint (pas bewaard als je bewaart)",
    "Saved the sensing settings — %1 undoes it": "Signaalinstellingen bewaard — %1 maakt het ongedaan",
    "Low energy": "Lage energie",
    "Drifting apart": "Uit elkaar",
    "Recurring theme": "Terugkerend thema",
    "Overdue follow-up": "Vervolgactie te laat",
    "No contact for longer than their own rhythm allows": "Langer geen contact dan hun eigen ritme toelaat",
    "The energy with you is low, or dropped": "De energie met jou is laag, of gedaald",
    "A doubt they raised, with no contact since": "Een twijfel die ze uitten, zonder contact sindsdien",
    "The energy between two partners is low, or dropped": "De energie tussen twee partners is laag, of gedaald",
    "Several partners raise the same theme": "Meerdere partners noemen hetzelfde thema",
    "A follow-up past its due date": "Een vervolgactie over de datum",
    "Give them a call": "Even bellen",
    "Have a personal conversation": "Een persoonlijk gesprek voeren",
    "Bring them together": "Bij elkaar brengen",
    "Adjust the communication for everyone": "De communicatie voor iedereen bijstellen",
    "Follow up": "Opvolgen",
    "No contact for {days} days (last on {last}). Usually every {median:.1f} days ({contacts} contacts), so the "
    "limit is {limit:g} days.":
        "{days} dagen geen contact (laatst op {last}). Gewoonlijk elke {median:.1f} dagen ({contacts} contacten), "
        "dus de grens is {limit:g} dagen.",
    "No contact for {days} days (last on {last}). Usually every {median:.1f} days ({contacts} contacts), so the "
    "limit is the minimum of {limit:g} days.":
        "{days} dagen geen contact (laatst op {last}). Gewoonlijk elke {median:.1f} dagen ({contacts} contacten), "
        "dus de grens is het minimum van {limit:g} dagen.",
    "No contact for {days} days (last on {last}). Too few contacts ({contacts}) to know their rhythm, so the limit "
    "is the minimum of {limit:g} days.":
        "{days} dagen geen contact (laatst op {last}). Te weinig contacten ({contacts}) om hun ritme te kennen, dus "
        "de grens is het minimum van {limit:g} dagen.",
    "That is more than {factor:g} times the limit: a personal conversation rather than a call.":
        "Dat is meer dan {factor:g} keer de grens: liever een persoonlijk gesprek dan een telefoontje.",
    "The latest energy reading with {facilitator}, on {date}, is {energy} ({label}); the last readings were "
    "{series}.":
        "De laatste energiemeting met {facilitator}, op {date}, is {energy} ({label}); de laatste metingen waren "
        "{series}.",
    "Energy with {facilitator} dropped to {energy} ({label}) on {date}, from {peak} on {peak_date}; the last "
    "readings were {series}.":
        "De energie met {facilitator} daalde op {date} naar {energy} ({label}), van {peak} op {peak_date}; de "
        "laatste metingen waren {series}.",
    "The latest energy reading between {a} and {b}, on {date}, is {energy} ({label}); the last readings were "
    "{series}.":
        "De laatste energiemeting tussen {a} en {b}, op {date}, is {energy} ({label}); de laatste metingen waren "
        "{series}.",
    "Energy between {a} and {b} dropped to {energy} ({label}) on {date}, from {peak} on {peak_date}; the last "
    "readings were {series}.":
        "De energie tussen {a} en {b} daalde op {date} naar {energy} ({label}), van {peak} op {peak_date}; de "
        "laatste metingen waren {series}.",
    "Raised a doubt on {date} ({days} days ago): \u201c{text}\u201d; no contact since.":
        "Uitte op {date} ({days} dagen geleden) een twijfel: \u2018{text}\u2019; sindsdien geen contact.",
    "Raised {count} doubts, the latest on {date} ({days} days ago): \u201c{text}\u201d; no contact since.":
        "Uitte {count} twijfels, de laatste op {date} ({days} dagen geleden): \u2018{text}\u2019; sindsdien geen "
        "contact.",
    "{count} partners raised \u201c{theme}\u201d in the last {window} days: {names}.":
        "{count} partners noemden \u2018{theme}\u2019 in de laatste {window} dagen: {names}.",
    "Follow-up \u201c{what}\u201d was due on {due}, {days} days ago.":
        "Vervolgactie \u2018{what}\u2019 moest op {due} klaar zijn, {days} dagen geleden.",
    "{count} follow-ups are overdue; the oldest, \u201c{what}\u201d, was due on {due}, {days} days ago.":
        "{count} vervolgacties zijn te laat; de oudste, \u2018{what}\u2019, moest op {due} klaar zijn, {days} dagen "
        "geleden.",
    "Nobody else took part: this one is the facilitator's own.": "Niemand anders deed mee: deze is van jezelf.",
    "Score {score:g}: {parts}.": "Score {score:g}: {parts}.",
    "{points:g} for a silence of {days} days against a limit of {limit:g}":
        "{points:g} voor {days} dagen stilte tegen een grens van {limit:g}",
    "{points:g} for energy {energy} with the facilitator": "{points:g} voor energie {energy} met de facilitator",
    "{points:g} for a drop of {drop} with the facilitator": "{points:g} voor een daling van {drop} met de facilitator",
    "{points:g} for energy {energy} between the two": "{points:g} voor energie {energy} tussen de twee",
    "{points:g} for a drop of {drop} between the two": "{points:g} voor een daling van {drop} tussen de twee",
    "{points:g} for an open doubt": "{points:g} voor een open twijfel",
    "{points:g} for {count} open doubts": "{points:g} voor {count} open twijfels",
    "{points:g} for {count} partners raising it": "{points:g} omdat {count} partners het noemen",
    "{points:g} for being {days} days overdue": "{points:g} voor {days} dagen te laat",
    "+{points:g} as the latest evidence is {days} days old (of {window})":
        "+{points:g} omdat het laatste teken {days} dagen oud is (van {window})",
    "+{points:g} for a second signal": "+{points:g} voor een tweede signaal",
    "+{points:g} for {count} more signals": "+{points:g} voor {count} signalen meer",
    "Snooze %1": "%1 uitstellen",
    "Dismiss %1": "%1 wegleggen",
    "%n people": "%n mensen",
    "a finding": "een signaal",
    # conversation prep (workspace/prep.py, ui/details_panel.py) and the radar's words there
    "Radio silence": "Radiostilte",
    "Open doubt": "Open twijfel",
    "a phone call": "een telefoontje",
    "a personal conversation": "een persoonlijk gesprek",
    "bring them together": "breng ze samen",
    "adjust the communication": "pas de communicatie aan",
    "follow up": "opvolgen",
    "“%1” — what are your considerations?": "‘%1’ — wat zijn je overwegingen?",
    "What are your considerations?": "Wat zijn je overwegingen?",
    "How are you doing? We last spoke %1 days ago.":
        "Hoe gaat het met je? We spraken elkaar %1 dagen geleden voor het laatst.",
    "Does the plan still fit what drives you (%1)?": "Past het plan nog bij wat jou drijft (%1)?",
    "Does the plan still fit what drives you?": "Past het plan nog bij wat jou drijft?",
    "How do you feel about where we are heading? What would give you energy for this again?":
        "Hoe kijk je aan tegen de richting die we op gaan? Wat zou je hier weer energie voor geven?",
    "What do you need from %1, and what do you think %1 needs from you?":
        "Wat heb je nodig van %1, en wat denk je dat %1 van jou nodig heeft?",
    "Several partners raise “%1”. How do you see it, and what would help?":
        "Meerdere partners brengen ‘%1’ ter sprake. Hoe zie jij dat, en wat zou helpen?",
    "How far along is “%1”? Can I help?": "Hoe staat het met ‘%1’? Kan ik helpen?",
    "I still owe you “%1”: is it still what you need?": "Ik ben je ‘%1’ nog schuldig: heb je dat nog nodig?",
    "How is your own path going? Is there still something we can do for each other?":
        "Hoe gaat het op je eigen pad? Kunnen we nog iets voor elkaar betekenen?",
    "What drives you to take part?": "Wat drijft je om mee te doen?",
    "What would you like to achieve, for yourself or your organisation?":
        "Wat wil je bereiken, voor jezelf of voor je organisatie?",
    "What do you need to be able to take part?": "Wat heb je nodig om mee te kunnen doen?",
    "What would make joining worthwhile for you?": "Wat zou aansluiten voor jou de moeite waard maken?",
    "What is going well for you in the network, and what could be better?":
        "Wat gaat er goed voor jou in het netwerk, en wat kan beter?",
    "Do you get what you hoped for from taking part?": "Levert meedoen je op wat je ervan hoopte?",
    "What would make taking part worthwhile for you?": "Wat maakt meedoen voor jou de moeite waard?",
    "On the radar": "Op de radar",
    "Open with": "Begin met",
    "Conversation notes": "Gespreksaantekeningen",
    "Notes during the conversation; they become the summary when you log it":
        "Aantekeningen tijdens het gesprek; ze worden de samenvatting als je het vastlegt",
    "Log this conversation…": "Dit gesprek vastleggen…",
    "Open the contact form with this person and these notes as its summary":
        "Opent het contactformulier met deze persoon en deze aantekeningen als samenvatting",
    "Energy with you": "Energie met jou",
    "Show in the timeline": "Toon in de tijdlijn",
    "Click to see the energy timeline": "Klik voor de energietijdlijn",
    "Last contacts": "Laatste contacten",
    "No contact logged yet.": "Nog geen contact vastgelegd.",
    "and %n earlier": "en %n eerder",
    "Open doubts": "Open twijfels",
    "Open follow-ups": "Open vervolgacties",
    "Themes they raised": "Thema's die ze inbrachten",
    "Select a stakeholder to prepare a conversation with them.":
        "Kies een stakeholder om een gesprek met hem of haar voor te bereiden.",
    "No energy reading with you yet.": "Nog geen energiemeting met jou.",
    "Latest %1 (%2) on %3; %4 readings": "Laatst %1 (%2) op %3; %4 metingen",
    "Latest %1 (%2) on %3; one reading": "Laatst %1 (%2) op %3; één meting",
    "no contact for %n days": "%n dagen geen contact",
    "energy %1 (%2)": "energie %1 (%2)",
    "with %1: energy %2": "met %1: energie %2",
    "%n, the latest on %1": "%n, de laatste op %1",
    "raised on %1": "ingebracht op %1",
    "“%1”, raised by %n partners": "‘%1’, ingebracht door %n partners",
    "“%1” is %n days overdue": "‘%1’ is %n dagen over tijd",
    # signature and meshwork (ui/signature_panel.py)
    "What the ecosystem is about: the shared question": "Waar het ecosysteem over gaat: de gedeelde vraag",
    "What partners do together, and how often": "Wat partners samen doen, en hoe vaak",
    "Who takes part, and what draws them": "Wie meedoen, en wat hen trekt",
    "The goal all partners embrace": "Het doel dat alle partners omarmen",
    "Name of the network": "Naam van het netwerk",
    "How far partners are connected with each other, not only through you. Click a measure to select "
    "those people on the map.":
        "Hoe ver partners met elkaar verbonden zijn, niet alleen via jou. Klik op een maat om die mensen "
        "op de kaart te kiezen.",
    "Measuring…": "Bezig met meten…",
    "The measures could not be computed: %1": "De maten konden niet worden berekend: %1",
    "No partners yet.": "Nog geen partners.",
    "of the positive relations run between partners": "van de positieve relaties loopt tussen partners",
    "%1 of %2 relations with energy %3 or more do not involve you.":
        "%1 van de %2 relaties met energie %3 of meer lopen niet via jou.",
    "density between partners": "dichtheid tussen partners",
    "%1 of %2 possible pairs of partners have a relation.":
        "%1 van de %2 mogelijke paren partners hebben een relatie.",
    "connected only through you": "alleen via jou verbonden",
    "Related to you and to no other partner: introduce them to someone.":
        "Verbonden met jou en met geen andere partner: stel ze aan iemand voor.",
    "without any relation": "zonder enige relatie",
    "Not related to you or to anyone else on the map yet.":
        "Nog niet verbonden met jou of met iemand anders op de kaart.",
    "Partners who bridge the most paths between other partners (betweenness).":
        "Partners die de meeste verbindingen tussen andere partners overbruggen (betweenness).",
    "Estimated from a sample: the network is large.": "Geschat uit een steekproef: het netwerk is groot.",
    "Brokers:": "Verbinders:",
    "none yet": "nog geen",
    # encryption at rest (ui/encryption.py, ui/messages.py)
    "Encrypted workspace": "Versleutelde werkruimte",
    "“%1” is encrypted. Enter its passphrase to open it.":
        "‘%1’ is versleuteld. Geef het wachtwoord om de werkruimte te openen.",
    "Passphrase": "Wachtwoord",
    "That passphrase is not right. Try again (tries left: %1).":
        "Dat wachtwoord klopt niet. Probeer het opnieuw (pogingen over: %1).",
    "Change Passphrase": "Wachtwoord wijzigen",
    "Encrypt Workspace": "Werkruimte versleutelen",
    "If you lose the passphrase, the data is gone. Nobody can open this workspace or its backups "
    "without it: not you, and not the makers of Voelspriet. There is no way to recover it. Write it "
    "down and keep it somewhere safe.":
        "Raak je het wachtwoord kwijt, dan zijn de gegevens weg. Zonder wachtwoord kan niemand deze "
        "werkruimte of de reservekopieën openen: jij niet, en de makers van Voelspriet ook niet. Het is "
        "op geen enkele manier terug te halen. Schrijf het op en bewaar het op een veilige plek.",
    "“%1” will be stored encrypted: without the passphrase, nothing in the file can be read, not even "
    "a name. Voelspriet asks for it each time the workspace is opened; copies and backups are "
    "encrypted with it too.":
        "‘%1’ wordt versleuteld opgeslagen: zonder het wachtwoord is niets in het bestand te lezen, "
        "zelfs geen naam. Voelspriet vraagt erom telkens als de werkruimte wordt geopend; kopieën en "
        "reservekopieën worden er ook mee versleuteld.",
    "“%1” stays encrypted; from now on it opens with the new passphrase only, and so do its backups.":
        "‘%1’ blijft versleuteld; vanaf nu opent het alleen nog met het nieuwe wachtwoord, en de "
        "reservekopieën ook.",
    "Current passphrase:": "Huidig wachtwoord:",
    "New passphrase:": "Nieuw wachtwoord:",
    "Passphrase:": "Wachtwoord:",
    "The same again:": "Nog een keer:",
    "I understand that a lost passphrase cannot be recovered":
        "Ik begrijp dat een kwijtgeraakt wachtwoord niet terug te halen is",
    "Encrypt": "Versleutelen",
    "The two passphrases differ.": "De twee wachtwoorden verschillen.",
    "A passphrase cannot hold this character; choose another.":
        "Dit teken kan niet in een wachtwoord; kies een ander.",
    "The current passphrase is not right.": "Het huidige wachtwoord klopt niet.",
    "Remove Encryption": "Versleuteling opheffen",
    "“%1” will be stored unencrypted: anyone who gets hold of the file, or of a copy or backup made "
    "from now on, can read everything in it. Enter the passphrase to remove the encryption.":
        "‘%1’ wordt onversleuteld opgeslagen: wie het bestand in handen krijgt, of een kopie of "
        "reservekopie die vanaf nu gemaakt wordt, kan alles erin lezen. Geef het wachtwoord om de "
        "versleuteling op te heffen.",
    "That passphrase is not right.": "Dat wachtwoord klopt niet.",
    "Wrong passphrase": "Verkeerd wachtwoord",
    "The passphrase was not right, so “%1” was not opened. Nothing in it was changed. If you are sure "
    "of the passphrase, the file may be damaged: open a backup.":
        "Het wachtwoord klopte niet, dus ‘%1’ is niet geopend. Er is niets in veranderd. Weet je "
        "zeker dat het wachtwoord klopt, dan is het bestand misschien beschadigd: open een reservekopie.",
    "&Encrypt Workspace…": "Werkruimte &versleutelen…",
    "Change &Passphrase…": "&Wachtwoord wijzigen…",
    "Remove Encr&yption…": "Versleuteling &opheffen…",
    "The workspace is encrypted now. Keep the passphrase safe.":
        "De werkruimte is nu versleuteld. Bewaar het wachtwoord goed.",
    "The passphrase is changed. Keep the new one safe.":
        "Het wachtwoord is gewijzigd. Bewaar het nieuwe goed.",
    "The workspace is no longer encrypted.": "De werkruimte is niet meer versleuteld.",
    "The encryption was not changed": "De versleuteling is niet gewijzigd",
    "Some backups stay as they were": "Sommige reservekopieën blijven zoals ze waren",
    "The workspace is done, but some of its backups (%2) could not be changed with it and stay as they "
    "were, in %1. Delete them if they should not stay.":
        "De werkruimte is klaar, maar een aantal reservekopieën (%2) kon niet mee veranderd worden en "
        "blijft zoals het was, in %1. Verwijder ze als ze niet mogen blijven.",
    "“%1” is encrypted. Open it with %3 and enter its passphrase.":
        "‘%1’ is versleuteld. Open de werkruimte met %3 en geef het wachtwoord.",
    "The passphrase for “%1” is not right, so it was not opened and nothing in it was changed. If you "
    "are sure of the passphrase, the file may be damaged: open a backup.":
        "Het wachtwoord voor ‘%1’ klopt niet, dus de werkruimte is niet geopend en er is niets in "
        "veranderd. Weet je zeker dat het wachtwoord klopt, dan is het bestand misschien beschadigd: "
        "open een reservekopie.",
    "Passphrase not usable": "Wachtwoord niet bruikbaar",
    "This passphrase cannot be used for “%1”. Choose another one.":
        "Dit wachtwoord kan niet gebruikt worden voor ‘%1’. Kies een ander.",
    "Encryption not available": "Versleuteling niet beschikbaar",
    "“%1” is encrypted, or was to be, but this installation of Voelspriet cannot encrypt or decrypt "
    "workspaces. Open it with a Voelspriet that can.":
        "‘%1’ is versleuteld, of zou dat worden, maar deze installatie van Voelspriet kan werkruimtes "
        "niet versleutelen of ontsleutelen. Open de werkruimte met een Voelspriet die dat wel kan.",
    # --- sessions and printed briefs (issue 11) ---
    # sessions: the Workspace's operations
    "This session no longer exists; it may have been deleted.": "Deze sessie bestaat niet meer; misschien is ze verwijderd.",
    "A session needs a title.": "Een sessie heeft een titel nodig.",
    "Edit session %1": "Sessie %1 bewerken",
    "%1 (copy)": "%1 (kopie)",
    "Duplicate %1": "%1 dupliceren",
    "Change attendees of %1": "Deelnemers van %1 wijzigen",
    "An agenda item needs a title.": "Een agendapunt heeft een titel nodig.",
    "An agenda item lasts from 0 to %1 minutes.": "Een agendapunt duurt 0 tot %1 minuten.",
    "Edit agenda of %1": "Agenda van %1 bewerken",
    # sessions: the dock and the editor
    "&New": "&Nieuw",
    "Plan a session with the people selected on the map": "Een sessie plannen met de mensen die op de kaart gekozen zijn",
    "&Edit…": "&Bewerken…",
    "D&uplicate": "D&upliceren",
    "A copy of the session, a week later": "Een kopie van de sessie, een week later",
    "Start &meeting": "Bijeen&komst beginnen",
    "Open the meeting view with the attendees of this session": "Het bijeenkomstscherm openen met de deelnemers van deze sessie",
    "Print &brief…": "&Briefing afdrukken…",
    "Upcoming": "Komend",
    "Past": "Geweest",
    "%n attendees": "%n deelnemers",
    "none": "geen",
    "New session": "Nieuwe sessie",
    "min": "min",
    "Time": "Tijd",
    "Item": "Punt",
    "Minutes": "Minuten",
    "Who leads": "Wie leidt",
    "%1 min": "%1 min",
    "&Title": "&Titel",
    "&Date and time": "&Datum en tijd",
    "&Place": "&Plaats",
    "&Goal": "&Doel",
    "Attendees": "Deelnemers",
    "Add someone: type a name": "Iemand toevoegen: typ een naam",
    "Add the map's selection": "De keuze op de kaart toevoegen",
    "Remove (Del)": "Weghalen (Del)",
    "Agenda": "Agenda",
    "New item: type it and press Enter": "Nieuw punt: typ het en druk op Enter",
    "Drag an item, or Alt+↑/Alt+↓, to move it; Del removes it; double-click a cell to edit it.":
        "Sleep een punt, of Alt+↑/Alt+↓, om het te verplaatsen; Del haalt het weg; dubbelklik op een cel "
        "om die te bewerken.",
    "Close": "Sluiten",
    "Session: %1": "Sessie: %1",
    "Attendees (%n)": "Deelnemers (%n)",
    "Ends at %1": "Eindigt om %1",
    "The end is not known: give every item a duration.": "Het einde is niet bekend: geef elk punt een duur.",
    "Add everyone in a group…": "Iedereen uit een groep toevoegen…",
    "Plan a &Session…": "Een &sessie plannen…",
    # printing the brief
    "Session": "Sessie",
    "Print without notes (leaves out the private notes and the wording of doubts, e.g. for a co-facilitator)":
        "Afdrukken zonder notities (laat de privénotities en de woorden van twijfels weg, bijv. voor een "
        "mede-facilitator)",
    "&Print Brief…": "Briefing af&drukken…",
    "Save &Brief as PDF…": "&Briefing bewaren als pdf…",
    "No sessions yet": "Nog geen sessies",
    "Plan a session first (in the Sessions panel: New), then print its brief.":
        "Plan eerst een sessie (in het paneel Sessies: Nieuw) en druk dan de briefing af.",
    "Pre&view…": "&Voorbeeld…",
    "Save as P&DF…": "Bewaren als p&df…",
    "Cannot make the brief": "Kan de briefing niet maken",
    "Print Brief": "Briefing afdrukken",
    "&Print…": "&Afdrukken…",
    "Brief: %1": "Briefing: %1",
    "Cannot print the brief": "Kan de briefing niet afdrukken",
    "The printer did not accept the brief. Check that it is connected and try again, or save the brief as a PDF.":
        "De printer nam de briefing niet aan. Kijk of hij aangesloten is en probeer het opnieuw, of bewaar de "
        "briefing als pdf.",
    "Save Brief as PDF": "Briefing bewaren als pdf",
    "&Save…": "&Bewaren…",
    "%1 brief.pdf": "%1 briefing.pdf",
    "PDF document (*.pdf)": "Pdf-document (*.pdf)",
    "Cannot save the brief": "Kan de briefing niet bewaren",
    "The brief could not be written to %1 (%2). Choose another folder or name.":
        "De briefing kon niet geschreven worden naar %1 (%2). Kies een andere map of naam.",
    "Saved the brief as %1": "Briefing bewaard als %1",
    # the brief's content
    "Compassion": "Compassie",
    "Meet each other with kindness, also where you differ.": "Ontmoet elkaar met mildheid, ook waar je verschilt.",
    "Complete attention": "Volledige aandacht",
    "Whoever speaks has everyone's attention: listen to understand.":
        "Wie spreekt heeft ieders aandacht: luister om te begrijpen.",
    "No judgement": "Geen oordeel",
    "Every question and every doubt is welcome; nobody has to be right.":
        "Elke vraag en elke twijfel is welkom; niemand hoeft gelijk te hebben.",
    "The signature": "De signatuur",
    "This session": "Deze sessie",
    "Goal": "Doel",
    "No agenda yet.": "Nog geen agenda.",
    "Holding space": "Ruimte houden",
    "The open-space principles we keep together:": "De principes van open space die we samen bewaken:",
    "Who comes, and how they relate": "Wie er komen, en hoe ze zich tot elkaar verhouden",
    "Lines show the latest energy between them and with the facilitator; thicker lines have a longer history.":
        "Lijnen tonen de laatste energie tussen hen en met de facilitator; dikkere lijnen hebben een langere "
        "geschiedenis.",
    "Recurring themes among the attendees": "Terugkerende thema's onder de deelnemers",
    "No theme was raised by more than one attendee.": "Geen thema werd door meer dan één deelnemer genoemd.",
    "The attendees": "De deelnemers",
    "Last contact": "Laatste contact",
    "Energy with the facilitator": "Energie met de facilitator",
    "To open with": "Om mee te openen",
    "Notes (private)": "Notities (privé)",
    "—": "—",
    "Page %1 of %2": "Pagina %1 van %2",
    "Without private notes": "Zonder privénotities",
    "%n attendee(s) planned for this session no longer exist in the workspace.":
        "%n geplande deelnemer(s) van deze sessie bestaan niet meer in de werkruimte.",
    "There is no session with the id “%1”.": "Er is geen sessie met de id ‘%1’.",
    "The session “%1” has no attendees: add the people who come first, then print its brief.":
        "De sessie ‘%1’ heeft geen deelnemers: voeg eerst de mensen toe die komen en druk dan de briefing af.",
    "Printed on %1": "Afgedrukt op %1",
    "Printed on %1 for %2": "Afgedrukt op %1 voor %2",
    "What it is about": "Waar het om gaat",
    "No readings yet.": "Nog geen metingen.",
    "(%n contacts in all)": "(%n contacten in totaal)",
    "Now %1 %2 · %3": "Nu %1 %2 · %3",
    "A doubt, raised on %1": "Een twijfel, geuit op %1",
    ", about %1": ", over %1",
    "overdue since %1": "te laat sinds %1",
    "due %1": "uiterlijk %1",
    "(%n days)": "(%n dagen)",
    "(energy %1)": "(energie %1)",
    "(energy %1, with %2)": "(energie %1, met %2)",
}


def fill(ts: Path) -> list[str]:
    """Write the Dutch texts into *ts*; return the source texts still untranslated."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in DUTCH:
            translation.text = DUTCH[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    untranslated = fill(Path(sys.argv[1]))
    for text in untranslated:
        print(f"untranslated: {text!r}", file=sys.stderr)
    sys.exit(1 if untranslated else 0)
