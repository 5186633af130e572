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
