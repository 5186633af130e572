"""Generate the demo workspace ``resources/demo/demo.json`` (Voelspriet JSON v1).

The demo tells a fictional but realistic story: Stichting Gedeelde Koers (invented) runs a
Community of Practice on value-driven entrepreneurship (waardegedreven ondernemen). A
"Creathon" on 8 December 2019, meetings in Amersfoort (14 January 2020) and Amsterdam
(21 January), an inner circle from 10 February (communication team, support team, 17
community builders, 4 equippers), then three months of contacts and energy readings
through the first lockdown, up to the demo's "today", 15 May 2020.

All people, companies and foundations are invented. The data is written so that the radar
(PRODUCT.md, "Sensing") finds, as of 2020-05-15, exactly one of each: a partner gone radio
silent, a doubting partner, low energy on a facilitator relation, a diverging
partner↔partner relation, a recurring theme and an overdue follow-up; and a partner who
went their own way and must not be flagged. That story is pinned, fact by fact, by
tests/test_demo_story.py; the sensing rules themselves live in the app, not here.

The same story is written in Dutch as ``demo_nl.json``, for an app that runs in Dutch
(workbench/bootstrap.py chooses by the UI language): the very same document — ids, people,
dates, readings, relations, positions — with only the human texts (signature, group names,
roles and profiles, tags, relation kinds, summaries, remarks and their themes, follow-ups,
reading notes, sessions) looked up in ``DUTCH`` below, English → Dutch. A text without a
Dutch entry, or an entry no text uses any more, stops the script, so the two files cannot
drift apart.

Usage: ``python resources/demo/make_demo.py`` (deterministic; rewrites demo.json and
demo_nl.json next to this script and exits non-zero if the integrity check fails). Needs
numpy and the workbench package (no Qt): the hand-made positions are settled by the app's
auto-layout.
"""

from __future__ import annotations

import copy
import json
import math
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("demo.json")
#: The demo per language: English (the source texts) and Dutch (``DUTCH`` below).
OUTS = {"en": OUT, "nl": Path(__file__).with_name("demo_nl.json")}
AS_OF = date(2020, 5, 15)
FAC = "s-fenna"
SEED = 2020
#: The map's auto-layout spacing (``LAYOUT_SPACING`` in workbench/canvas/map_widget.py,
#: a Qt module this script does not import); tests/test_demo_story.py keeps them equal.
LAYOUT_SPACING = 130.0

# ---------------------------------------------------------------------------------------
# Signature
# ---------------------------------------------------------------------------------------

WORKSPACE: dict[str, str] = {
    "name": "Waardegedreven Ondernemen — Community of Practice",
    "about": (
        "A community of practice for entrepreneurs, professionals, government and education "
        "in Amersfoort and Amsterdam who want to run their work on values: purpose before "
        "profit, local roots, learning by doing. Hosted by Stichting Gedeelde Koers."
    ),
    "what_happens": (
        "Community builders host learning circles every two weeks in both cities; equippers "
        "train and coach the builders; a communication team and a support team keep things "
        "going; the whole inner circle meets every two months and everyone once a year at "
        "the Creathon."
    ),
    "who_comes_and_why": (
        "Small-business owners, freelancers, directors and professionals who join next to "
        "their regular work because they want their work to mean something and want to "
        "learn from peers who try the same; plus the municipality, schools and funds that "
        "need grounded local initiatives."
    ),
    "shared_goal": (
        "By the end of 2021, a hundred entrepreneurs in Amersfoort and Amsterdam run their "
        "business demonstrably value-driven, supported by a community that carries itself "
        "without the foundation."
    ),
    "phase": "community",
}

GROUPS: list[dict[str, str]] = [
    {"id": "g-inner", "name": "Inner circle", "color": "#f3dca6"},
    {"id": "g-comm", "name": "Communication team", "color": "#cfe2f3"},
    {"id": "g-support", "name": "Support team", "color": "#d5ead0"},
    {"id": "g-builders", "name": "Community builders", "color": "#f5d1c5"},
    {"id": "g-equip", "name": "Equippers", "color": "#e2d6ef"},
    {"id": "g-amersfoort", "name": "Amersfoort", "color": "#ece4c9"},
    {"id": "g-amsterdam", "name": "Amsterdam", "color": "#cbe7e2"},
]

COMM = ["s-anna", "s-joost", "s-samira"]
SUPPORT = ["s-gerda", "s-bas", "s-noor"]
BUILDERS_AMF = ["s-pieter", "s-lotte", "s-esther", "s-daan", "s-thijs", "s-yvonne",
                "s-wouter", "s-hanneke", "s-marco", "s-linda"]
BUILDERS_AMS = ["s-karim", "s-mirjam", "s-ruben", "s-fatma", "s-sanne", "s-jeroen", "s-erik"]
BUILDERS = BUILDERS_AMF + BUILDERS_AMS
EQUIP = ["s-margriet", "s-henk", "s-aisha", "s-rob"]
INNER = COMM + SUPPORT + BUILDERS + EQUIP

# ---------------------------------------------------------------------------------------
# Stakeholders. ``loc`` puts them in a location group; ``slot`` says where on the map.
# ---------------------------------------------------------------------------------------

STAKEHOLDERS: list[dict[str, Any]] = []


def S(sid: str, name: str, kind: str = "person", *, org: str = "", role: str = "",
      loc: str | None = None, status: str = "active", tags: tuple[str, ...] = (),
      interests: str = "", needs: str = "", drivers: str = "", value: str = "",
      notes: str = "", slot: str) -> None:
    """Add one stakeholder to the table."""
    STAKEHOLDERS.append({
        "id": sid, "name": name, "kind": kind, "organisation": org, "role": role,
        "loc": loc, "status": status, "tags": list(tags), "interests": interests,
        "needs": needs, "drivers": drivers, "value": value, "notes": notes, "slot": slot,
    })


S(FAC, "Fenna Hoogland", "facilitator", org="Stichting Gedeelde Koers",
  role="Community facilitator", tags=("staff",), slot="centre",
  interests="A community that carries itself, so the foundation can step back in 2021.",
  needs="Honest signals early, before people quietly drop out.",
  drivers="Saw too many good initiatives die the month the subsidy ended.",
  value="Work that connects her background in adult education with entrepreneurship.",
  notes="That's me. 24 hours a week for the foundation, the rest freelance.")

# --- organisations ----------------------------------------------------------------------
S("s-koers", "Stichting Gedeelde Koers", "foundation", role="Host foundation",
  status="core", tags=("host", "funder"), slot="host",
  interests="Show that value-driven entrepreneurship can be learned, not just admired.",
  needs="A community with its own momentum within two years; material for the annual report.",
  drivers="Founded in 2012 by three entrepreneurs who sold their companies and wanted to "
          "give back.",
  value="Its mission realised through others, and a visible role in the region.",
  notes="Board of five volunteers; the chair meets me monthly. Pays my hours and the Creathon.")
S("s-fonds", "Fonds Buurtkracht", "foundation", role="Funder", tags=("funder",),
  slot="org-top",
  interests="Projects that strengthen neighbourhood economies.",
  needs="A clear budget and results it can report every half year.",
  drivers="Family fund; the founders ran a chain of hardware stores and trust the local "
          "shopkeeper.",
  value="A pipeline of grounded neighbourhood initiatives worth funding.",
  notes="Granted €15,000 for the builders' training. Second tranche depends on the June report.")
S("s-gem-amf", "Gemeente Amersfoort", "government", role="Municipality, economic affairs",
  loc="amf", tags=("policy",), slot="org-amf",
  interests="An inclusive local economy; more people from the social domain at work.",
  needs="Initiatives that fit the city's economic agenda, and one contact person.",
  drivers="Has to show results on its social return targets.",
  value="Access to entrepreneurs who actually hire people with a distance to the labour market.",
  notes="Not a funder (yet). Esther joins in her own time; Klaas is the official contact.")
S("s-prov", "Provincie Utrecht", "government", role="Province, regional economy",
  status="prospect", tags=("policy", "funder"), slot="org-bottom",
  interests="Social enterprise spread across the region, rural towns included.",
  needs="A partner that works across municipal borders.",
  drivers="New programme for the regional economy that is looking for carriers.",
  value="Could co-fund a regional version of the community.",
  notes="First contact through Nadia in April. Their call for proposals closes 1 September.")
S("s-hs", "Hogeschool Eemvallei", "education", role="University of applied sciences",
  loc="amf", tags=("education",), slot="org-amf",
  interests="Real cases for the minor in social entrepreneurship.",
  needs="Entrepreneurs willing to host a student team for twenty weeks.",
  drivers="Its research group on purpose-driven business needs field partners.",
  value="Cases for teaching and research; the community gets student capacity.",
  notes="Daan teaches the minor, Lucas leads the research. New students start in September.")
S("s-mbo", "MBO Amstelzijde", "education", role="Vocational college",
  loc="ams", tags=("education",), slot="org-ams",
  interests="Internship places with entrepreneurs who take coaching seriously.",
  needs="Stable contacts in companies instead of a new name every year.",
  drivers="Too many hospitality and retail students drop out of their internships.",
  value="Internships at community members; teachers who learn from entrepreneurs.",
  notes="Sanne is the builder there; Astrid decides on her hours.")
S("s-net-som", "Netwerk Sociaal Ondernemen Midden", "network", role="Regional network",
  loc="amf", tags=("network",), slot="org-amf",
  interests="A strong regional movement of social enterprises.",
  needs="Members who show up, and content for its events.",
  drivers="Funded by its 80 members; has to keep proving its value to them.",
  value="A learning community its members can join; co-hosted events.",
  notes="Could become the long-term home of the community. Also a bit of a competitor.")
S("s-kring", "Ondernemerskring Amsterdam-Oost", "network", role="Local business network",
  loc="ams", tags=("network", "smb"), slot="org-ams",
  interests="Keeping small shops and workshops in Amsterdam-Oost alive.",
  needs="Practical help, not theory.",
  drivers="Rents are rising and members feel squeezed out of their own streets.",
  value="Members learn from social entrepreneurs and find new customers.",
  notes="Mostly businesses with 1–10 staff. Johan is its chair.")
S("s-eemhuis", "Coöperatie Het Eemhuis", "organisation", role="Cooperative coworking space",
  loc="amf", tags=("venue",), slot="org-amf",
  interests="A full house of members who help each other.",
  needs="Events that bring in new members.",
  drivers="Run by its 60 members; every desk counts.",
  value="A home for the Amersfoort meetings and new members through them.",
  notes="Hosted the Amersfoort meeting and the inner-circle kickoff. Garden for 28 May.")
S("s-werkplaats", "De Werkplaats aan het IJ", "organisation",
  role="Neighbourhood workshop and training kitchen", loc="ams", tags=("venue",),
  slot="org-ams",
  interests="Repair, cooking and job training for the neighbourhood.",
  needs="Volunteers, and paying participants for its courses.",
  drivers="Grew out of a squatted shipyard canteen in the nineties; fiercely independent.",
  value="A full house at the Amsterdam meetings; partners for the training kitchen.",
  notes="Mirjam is the director, Ellen coordinates the volunteers.")
S("s-korrel", "Bakkerij Korrel", "company", role="Social-enterprise bakery",
  tags=("smb",), slot="org-amf",
  interests="Bread from regional grain; jobs for people who need a second chance.",
  needs="More wholesale customers; help with coaching staff.",
  drivers="Third-generation bakery that turned social enterprise in 2016.",
  value="Customers and peers who understand what it is trying to do.",
  notes="Caters our events at cost price. Lotte owns it.")
S("s-lijnwerk", "Studio Lijnwerk", "company", role="Design studio",
  tags=("smb", "supplier"), slot="org-ams",
  interests="Design work that means something.",
  needs="Paid assignments and a portfolio of social clients.",
  drivers="Two-person studio that wants to stop designing annual reports for banks.",
  value="Paid work on the community's identity, and referrals.",
  notes="Designs the logo and letter templates at half their usual rate.")
S("s-groenkracht", "Groenkracht Installatietechniek", "company",
  role="Installer of heat pumps and solar", tags=("smb",), slot="org-amf",
  interests="The energy transition, and training young installers.",
  needs="Technical staff — it can't find enough.",
  drivers="Pieter took over his father's plumbing firm and turned it green.",
  value="Contacts with vocational schools and job-training partners.",
  notes="22 employees. Offers two apprenticeship places through the community.")
S("s-tussenruimte", "Adviesbureau Tussenruimte", "company", role="Consultancy",
  status="prospect", tags=("smb",), slot="org-bottom",
  interests="Organisational change in care and housing.",
  needs="A network of social entrepreneurs to bring into client projects.",
  drivers="Four consultants who want their work to matter.",
  value="Might sponsor the builders' training in exchange for visibility.",
  notes="Check first: do they want to sell to our members?")

# --- communication team -----------------------------------------------------------------
S("s-anna", "Anna de Wit", org="Freelance", role="Copywriter; leads the communication team",
  loc="amf", status="core", tags=("freelancer", "volunteer"), slot="comm",
  interests="Stories of entrepreneurs who do it differently.",
  needs="A clear brief, and no more than four hours a week.",
  drivers="Left an advertising agency in 2018 because she was done selling things nobody needs.",
  value="Portfolio work she is proud of, and clients from the network.",
  notes="Reliable; says no when she means no. Writes the monthly letter.")
S("s-joost", "Joost Brink", org="Studio Lijnwerk", role="Designer, co-owner",
  loc="ams", tags=("smb", "volunteer"), slot="comm",
  interests="Visual identity for organisations with a mission.",
  needs="Decisions on time — hates endless feedback rounds.",
  drivers="Wants the studio to live off meaningful clients.",
  value="Paid design work plus a showcase project.",
  notes="Prefers a call to email.")
S("s-samira", "Samira El Amrani", org="Netwerk Sociaal Ondernemen Midden",
  role="Communication officer", loc="amf", tags=("employee", "volunteer"), slot="comm",
  interests="Making social enterprise visible beyond the usual crowd.",
  needs="Permission from her employer to share member contacts.",
  drivers="Grew up above her parents' shop in Utrecht; knows what small business costs.",
  value="Content and reach for her own network's channels.",
  notes="Bridges our community and NSOM; careful about whose members are whose.")

# --- support team -----------------------------------------------------------------------
S("s-gerda", "Gerda Mulder", org="Retired", role="Coordinates the support team",
  loc="amf", status="core", tags=("volunteer", "retired"), slot="support",
  interests="People who get things done together.",
  needs="To be useful every week, not once in a while.",
  drivers="Was office manager of a large school for 30 years; retired in 2019 and missed "
          "the bustle.",
  value="Structure in her week and a group she belongs to.",
  notes="Knows everyone's birthday. Keeps the registration lists.")
S("s-bas", "Bas Kuiper", org="Freelance", role="Bookkeeper; keeps the community's books",
  loc="amf", tags=("freelancer", "volunteer"), slot="support",
  interests="Small businesses that keep their finances healthy.",
  needs="One budget owner to report to.",
  drivers="His own father's shop went bankrupt; wants others to see it coming in time.",
  value="New clients among the entrepreneurs.",
  notes="Very busy March–May with annual accounts.")
S("s-noor", "Noor Smits", org="Coöperatie Het Eemhuis", role="Event coordinator",
  loc="amf", tags=("employee",), slot="support",
  interests="Events that run smoothly and feel warm.",
  needs="Dates fixed well in advance.",
  drivers="Likes making a room work for people.",
  value="Experience with larger events for her CV; new members for Het Eemhuis.",
  notes="Handles venues and logistics in Amersfoort.")

# --- community builders, Amersfoort -----------------------------------------------------
S("s-pieter", "Pieter Bos", org="Groenkracht Installatietechniek", role="Director-owner",
  loc="amf", tags=("director", "smb"), slot="builders-amf",
  interests="Young people in technical jobs; a fair energy transition.",
  needs="Apprentices, and peers who understand running a company with a mission.",
  drivers="Wants to leave his father's firm better than he found it.",
  value="Access to schools and job-training initiatives.",
  notes="Energetic, impatient, thinks in plans. Co-founded the Amersfoort hub with Lotte.")
S("s-lotte", "Lotte Vermeer", org="Bakkerij Korrel", role="Owner",
  loc="amf", tags=("smb", "director"), slot="builders-amf",
  interests="Second chances at work; regional food chains.",
  needs="Wholesale customers and fellow employers to share coaching with.",
  drivers="Her grandfather hired anyone who showed up on time; she wants that spirit back.",
  value="Peers and customers; a place to think out loud.",
  notes="Warm but firm. Strongly against anything that excludes people.")
S("s-esther", "Esther van Leeuwen", org="Gemeente Amersfoort", role="Policy advisor economy",
  loc="amf", tags=("volunteer",), slot="builders-amf",
  interests="Social return that happens in practice, not on paper.",
  needs="A clear line between her job and her volunteering.",
  drivers="Frustrated by policy that never reaches the shop floor.",
  value="Insight into what entrepreneurs really run into.",
  notes="Joins as herself, not as the municipality.")
S("s-daan", "Daan Visser", org="Hogeschool Eemvallei", role="Lecturer social entrepreneurship",
  loc="amf", tags=("education",), slot="builders-amf",
  interests="Learning from practice; students in real projects.",
  needs="Host companies for student teams.",
  drivers="Ran a fair-trade shop for ten years before he started teaching.",
  value="Cases and guest speakers for his minor.",
  notes="Brings students along; hosts the Amersfoort circle once a month.")
S("s-thijs", "Thijs Jansen", org="Freelance", role="Coach for entrepreneurs",
  loc="amf", tags=("freelancer", "volunteer"), slot="builders-amf",
  interests="Entrepreneurs who lead from their values.",
  needs="Visibility for his practice, without it feeling like sales.",
  drivers="Burn-out in 2016; rebuilt his work around what he cares about.",
  value="A place to practise hosting; some clients.",
  notes="Good at keeping a circle calm. Keeps asking about time.")
S("s-yvonne", "Yvonne Dekker", org="Van Dalen Logistiek", role="HR manager",
  loc="amf", tags=("employee", "volunteer"), slot="builders-amf",
  interests="Inclusive hiring in logistics.",
  needs="Support from her director to spend work hours on this.",
  drivers="Her brother found work only through a job-training project.",
  value="Ideas and partners for hiring people from the social domain.",
  notes="Her employer allows a few hours a month, 'as long as it doesn't cost much'.")
S("s-wouter", "Wouter de Graaf", org="Retired", role="Mentor for starting entrepreneurs",
  loc="amf", tags=("volunteer", "retired"), slot="builders-amf",
  interests="Sound business cases behind good intentions.",
  needs="Numbers, not only values talk.",
  drivers="Thirty years a bank manager; wants to give back the knowledge he gathered.",
  value="Mentees and sparring partners.",
  notes="Had covid in April; back on his feet mid-May.")
S("s-hanneke", "Hanneke Peters", org="Coöperatie Het Eemhuis", role="Director",
  loc="amf", status="core", tags=("director",), slot="builders-amf",
  interests="Cooperation as a business model.",
  needs="New members and a reason for them to stay.",
  drivers="Co-founded the cooperative after years as a lonely freelancer.",
  value="A lively house and a community it can host.",
  notes="Offers the venue without charge. One of the first to say yes.")
S("s-marco", "Marco Vos", org="Koffiebranderij Zwaluw", role="Owner, coffee roaster",
  loc="amf", tags=("smb",), slot="builders-amf",
  interests="Direct trade with coffee farmers; a roastery as a meeting place.",
  needs="More local business customers.",
  drivers="Visited the farms he buys from and came back changed.",
  value="Customers, and company on Saturday mornings.",
  notes="Roastery open to the Amersfoort hub on Saturdays.")
S("s-linda", "Linda Hermans", org="Netwerk Sociaal Ondernemen Midden",
  role="Programme manager", loc="amf", tags=("employee",), slot="builders-amf",
  interests="A regional movement rather than loose initiatives.",
  needs="Clarity on what is NSOM's and what is the community's.",
  drivers="Believes social enterprise only grows when it organises itself.",
  value="Content and energy for NSOM's programme.",
  notes="Co-hosts the webinar of 19 May.")

# --- community builders, Amsterdam ------------------------------------------------------
S("s-karim", "Karim Bouzid", org="Repaircafé Noord", role="Founder",
  loc="ams", tags=("volunteer", "smb"), slot="builders-ams",
  interests="Neighbourhood economies in Amsterdam-Noord.",
  needs="Amsterdam as an equal, not a satellite of Amersfoort.",
  drivers="Grew up in Noord; watched it change and wants locals to profit too.",
  value="Allies and a wider audience for the repair café.",
  notes="Knows half the neighbourhood entrepreneurs. Brought Omar and Hugo.")
S("s-mirjam", "Mirjam Koster", org="De Werkplaats aan het IJ", role="Director",
  loc="ams", tags=("director",), slot="builders-ams",
  interests="Job training that leads to real jobs.",
  needs="Employers who take trainees after the course.",
  drivers="Former chef; learned the trade in a kitchen that gave her a chance.",
  value="Employers for her trainees; partners for the kitchen.",
  notes="Hosts the Amsterdam meetings.")
S("s-ruben", "Ruben Meijer", org="Deelkeuken Oost", role="Founder of a shared kitchen",
  loc="ams", tags=("smb", "startup"), slot="builders-ams",
  interests="Food startups that share facilities instead of each renting their own.",
  needs="Cash flow — the kitchen has been closed since 15 March.",
  drivers="Wants starting cooks to have a fair chance.",
  value="Tenants and ideas from the network.",
  notes="Was one of the most energetic builders until the lockdown hit his kitchen.")
S("s-fatma", "Fatma Yilmaz", org="Glans Schoonmaak", role="Owner of a cleaning company",
  loc="ams", tags=("smb", "director"), slot="builders-ams",
  interests="Good jobs for women who start with little Dutch.",
  needs="Clients who pay a fair rate; time.",
  drivers="Started as a cleaner herself in 2004.",
  value="Recognition; peers who see cleaning as real work.",
  notes="40 employees. Kept everyone on payroll in March.")
S("s-sanne", "Sanne Bakker", org="MBO Amstelzijde", role="Teacher, hospitality track",
  loc="ams", tags=("education",), slot="builders-ams",
  interests="Internships where students are actually coached.",
  needs="Hours from her school; fewer evening meetings.",
  drivers="Saw too many students quit after a bad internship.",
  value="Internship places and stories for her lessons.",
  notes="Has four hours a week from her school until December.")
S("s-jeroen", "Jeroen Smit", org="Freelance", role="IT consultant",
  loc="ams", tags=("freelancer", "volunteer"), slot="builders-ams",
  interests="The social side of business 'from the inside'.",
  needs="A concrete task; dislikes open-ended talk.",
  drivers="After ten years of IT projects wants to build something that matters.",
  value="Meaningful side project; a network outside IT.",
  notes="Offered to build a member site. Quiet since mid-March.")
S("s-erik", "Erik van den Berg", org="Freelance", role="Sustainability consultant",
  loc="ams", tags=("freelancer",), slot="builders-ams",
  interests="Sustainable procurement by small businesses.",
  needs="Clarity on what a builder is supposed to do between the circles.",
  drivers="Wants his expertise to reach companies that can't pay consultants.",
  value="A channel to small businesses; maybe a guide to publish.",
  notes="Co-founded a consultancy with Rob years ago.")

# --- equippers --------------------------------------------------------------------------
S("s-margriet", "Margriet Schouten", org="Freelance", role="Trainer, Art of Hosting",
  loc="amf", status="core", tags=("freelancer",), slot="equip",
  interests="Open space and hosting conversations that matter.",
  needs="Builders who practise, not only attend training.",
  drivers="Believes groups know more than any expert in the room.",
  value="Practice ground for her methods; paid training days from the grant.",
  notes="Co-hosted the Creathon. My sparring partner for session design.")
S("s-henk", "Henk Willems", org="Retired", role="Business model coach",
  loc="amf", tags=("volunteer", "retired"), slot="equip",
  interests="Business models that pay for the mission.",
  needs="Builders who come with a real question.",
  drivers="Sold his printing company in 2017; has time and wants to pass on what he learned.",
  value="Meaning after retirement.",
  notes="Runs business model sessions for builders.")
S("s-aisha", "Aisha Ramdin", org="Freelance", role="Intervision facilitator",
  loc="ams", tags=("freelancer",), slot="equip",
  interests="Peer learning among people who work alone.",
  needs="Stable groups; people who show up.",
  drivers="Trained as a social worker; saw how isolated small entrepreneurs are.",
  value="Paid hours from the grant; a showcase for her intervision method.",
  notes="Runs two intervision groups of eight builders.")
S("s-rob", "Rob Dijkman", org="Freelance", role="Organisational change consultant",
  loc="ams", tags=("freelancer",), slot="equip",
  interests="How networks organise themselves without a boss.",
  needs="Room to experiment.",
  drivers="Tired of reorganisations that change the chart but not the work.",
  value="A living case of self-organisation.",
  notes="Helps builders with roles and decision-making.")

# --- wider circle, Amersfoort -----------------------------------------------------------
S("s-klaas", "Klaas Timmer", org="Gemeente Amersfoort", role="Account manager entrepreneurs",
  loc="amf", tags=("policy",), slot="outer-amf",
  interests="Entrepreneurs who hire through social return.",
  needs="Concrete names and numbers for the council.",
  drivers="Wants the municipality to be seen as a partner, not a counter.",
  value="A channel to entrepreneurs he doesn't reach.",
  notes="Official contact at the municipality.")
S("s-tom", "Tom Huisman", org="Hogeschool Eemvallei", role="Student, minor social entrepreneurship",
  loc="amf", tags=("student",), slot="outer-amf",
  interests="How community builders create value.",
  needs="Interviews for his thesis.",
  drivers="Wants to start a social enterprise himself.",
  value="A thesis topic and a network.",
  notes="Writes his thesis on the builders' role; supervised by Daan.")
S("s-lucas", "Lucas Zwart", org="Hogeschool Eemvallei", role="Researcher, purpose-driven business",
  loc="amf", tags=("education",), slot="outer-amf",
  interests="What makes learning communities last.",
  needs="Access to the community over a longer period.",
  drivers="Wants research that practitioners actually read.",
  value="A longitudinal case study.",
  notes="Research on hold until September.")
S("s-bram", "Bram Wouters", org="Fietsenmakerij De Spaak", role="Owner, bike repair shop",
  loc="amf", tags=("smb",), slot="outer-amf",
  interests="Training young people as bike mechanics.",
  needs="Help with paperwork for subsidised trainees.",
  drivers="Left school at sixteen and was given a chance by an old repairman.",
  value="A mentor (Wouter) and advice on subsidies.",
  notes="Two trainees; busier than ever since the lockdown.")
S("s-carla", "Carla Hoekstra", org="Freelance", role="Photographer",
  loc="amf", tags=("freelancer",), slot="outer-amf",
  interests="Portraits of people at work.",
  needs="Paid assignments, even small ones.",
  drivers="Wants to show the faces behind local businesses.",
  value="Subjects for her portrait series; some paid work.",
  notes="Made the Creathon photos; free to use with credit.")
S("s-dirk", "Dirk Scholten", org="Retired", role="Former printer",
  loc="amf", tags=("retired",), slot="outer-amf",
  interests="Craftsmanship and apprenticeships.",
  needs="To know who decides what.",
  drivers="Misses the workshop floor.",
  value="Company and a way to pass on his trade.",
  notes="Came to the Creathon with Henk, his former competitor.")
S("s-jolanda", "Jolanda Brouwer", org="Protestantse Gemeente Soesterkwartier",
  role="Volunteer coordinator", loc="amf", tags=("volunteer",), slot="outer-amf",
  interests="Neighbours helping neighbours.",
  needs="Donations and volunteers for grocery runs.",
  drivers="Her faith: 'you show up for each other'.",
  value="Entrepreneurs who support the neighbourhood.",
  notes="Organised grocery runs for elderly neighbours in the lockdown.")
S("s-kees", "Kees Verschuren", org="Retired", role="Former teacher",
  loc="amf", tags=("retired", "volunteer"), slot="outer-amf",
  interests="Bringing teachers and entrepreneurs together.",
  needs="Something small and concrete to do.",
  drivers="Taught economics for 35 years and found it too theoretical.",
  value="A role as a guest teacher.",
  notes="Suggested inviting teachers to the circles.")

# --- wider circle, Amsterdam ------------------------------------------------------------
S("s-monique", "Monique Prins", org="Fonds Buurtkracht", role="Programme officer",
  loc="ams", tags=("funder",), slot="outer-ams",
  interests="Projects that reach neighbourhoods, not another networking drink.",
  needs="Results she can put in her board's report.",
  drivers="Worked in neighbourhood development for fifteen years.",
  value="A funded project that visibly works.",
  notes="Our contact at the fund; pragmatic, likes short updates.")
S("s-johan", "Johan Post", org="Ondernemerskring Amsterdam-Oost", role="Chair",
  loc="ams", tags=("smb", "director"), slot="outer-ams",
  interests="Survival of small shops in Oost.",
  needs="Practical help for members, now.",
  drivers="Runs a hardware store that has been in the family for three generations.",
  value="Practical support for his members.",
  notes="Sceptical of 'vague talk' but keeps coming.")
S("s-ellen", "Ellen Kok", org="De Werkplaats aan het IJ", role="Volunteer coordinator",
  loc="ams", tags=("employee",), slot="outer-ams",
  interests="Volunteers who stay.",
  needs="A few reliable hands every week.",
  drivers="Started as a volunteer herself.",
  value="Volunteers from the community.",
  notes="Ran the soup at the Amsterdam meeting.")
S("s-priya", "Priya Mahabier", org="Dal & Dhal", role="Founder, social catering",
  loc="ams", tags=("smb", "startup"), slot="outer-ams",
  interests="Catering by women from the Surinamese-Hindustani community.",
  needs="Kitchen space and volunteers.",
  drivers="Her mother's recipes; wants the women who cook to earn a real income.",
  value="Kitchen space via Ruben; visibility.",
  notes="Switched to meals for care workers in April.")
S("s-ilona", "Ilona Verbeek", org="Kringloop Tweede Ronde", role="Owner, second-hand shop",
  loc="ams", tags=("smb",), slot="outer-ams",
  interests="Reuse and work for people with a disability.",
  needs="Fellow shop owners to share transport.",
  drivers="Believes nothing and nobody should be thrown away.",
  value="Shared logistics ideas.",
  notes="Member of the Ondernemerskring.")
S("s-stefan", "Stefan Kramer", org="Woonstichting Eigen Haard Oost", role="Facility manager",
  loc="ams", tags=("employee",), slot="outer-ams",
  interests="Empty ground-floor spaces used by local entrepreneurs.",
  needs="Reliable tenants for social rents.",
  drivers="Wants the ground floors of his estates to be lively again.",
  value="Tenants for empty commercial spaces.",
  notes="Might offer space to a future Amsterdam hub.")
S("s-femke", "Femke Boer", org="Studio Adem", role="Yoga teacher and owner",
  loc="ams", tags=("smb",), slot="outer-ams",
  interests="Wellbeing of entrepreneurs.",
  needs="New students; moved classes online.",
  drivers="Saw colleagues burn out in the corporate world.",
  value="Peers and students.",
  notes="Came to the Amsterdam meeting through Priya.")
S("s-hugo", "Hugo Maas", org="Buurtmaatje", role="Founder of a volunteering app",
  loc="ams", tags=("startup",), slot="outer-ams",
  interests="Matching neighbours who can help each other.",
  needs="Users and a partner to pilot with.",
  drivers="Wants tech that brings people together offline.",
  value="A pilot group for his app.",
  notes="Matched 34 help requests in the community in April.")
S("s-omar", "Omar Haddou", org="Tweede Zool", role="Starting entrepreneur, refurbished sneakers",
  loc="ams", tags=("startup",), slot="outer-ams",
  interests="Learning how to run a business.",
  needs="A mentor, and a place to sell.",
  drivers="Wants to show his younger brothers that there is another way.",
  value="Mentoring from Karim and others.",
  notes="Asked whether the community is also for people just starting out.")
S("s-lieke", "Lieke Mertens", org="De Werkplaats aan het IJ", role="Job coach",
  loc="ams", tags=("employee",), slot="outer-ams",
  interests="Trainees who find a lasting job.",
  needs="Employers who will take a trainee.",
  drivers="Used to work at the job centre; wanted to work closer to people.",
  value="Employers from the community.",
  notes="Works with Ellen; came along to the Amsterdam meeting.")
S("s-astrid", "Astrid Veenstra", org="MBO Amstelzijde", role="Head of hospitality and retail",
  loc="ams", tags=("education", "director"), slot="outer-ams",
  interests="Fewer internship drop-outs.",
  needs="Five internship places for September.",
  drivers="Accountable for the college's drop-out figures.",
  value="Internship places and a better reputation with employers.",
  notes="Decides on Sanne's hours.")
S("s-vincent", "Vincent Lammers", org="Freelance", role="Circular-economy entrepreneur",
  loc="ams", status="own_way", tags=("freelancer",), slot="outer-ams",
  interests="Circular business models.",
  needs="A network focused on circularity only.",
  drivers="Wants speed and a narrow focus.",
  value="Was looking for co-founders for a circular network.",
  notes="Went his own way in March 2020: started his own network for circular "
        "entrepreneurs. Parted on good terms; he shares their events. No need to chase.")

# --- prospects --------------------------------------------------------------------------
S("s-nadia", "Nadia Bennani", org="Provincie Utrecht", role="Policy officer regional economy",
  status="prospect", tags=("policy",), slot="outer-bottom",
  interests="Social enterprise outside the big cities.",
  needs="Proposals that reach several municipalities.",
  drivers="Grew up in a small town where the last shops closed.",
  value="A carrier for the provincial programme.",
  notes="First call on 24 April. Sent the call for proposals.")
S("s-gijs", "Gijs van Rijn", org="Adviesbureau Tussenruimte", role="Partner",
  status="prospect", tags=("director",), slot="outer-bottom",
  interests="Bringing social entrepreneurs into client projects in care and housing.",
  needs="Visibility among entrepreneurs.",
  drivers="Wants his consultancy to have a purpose beyond billable hours.",
  value="Might sponsor the builders' training.",
  notes="Wants to present at the inner circle; check with the group first.")
S("s-marieke", "Marieke Groen", org="Freelance", role="Journalist",
  status="prospect", tags=("freelancer", "media"), slot="outer-bottom",
  interests="Local economy stories for the regional paper.",
  needs="People willing to be named and photographed.",
  drivers="Tired of writing only about closures.",
  value="A series of hopeful stories.",
  notes="Will wait for the story series before writing.")

SID = {s["id"] for s in STAKEHOLDERS}
LOC_AMF = [s["id"] for s in STAKEHOLDERS if s["loc"] == "amf"]
LOC_AMS = [s["id"] for s in STAKEHOLDERS if s["loc"] == "ams"]


def groups_of(sid: str) -> list[str]:
    """The group ids a stakeholder belongs to."""
    out = []
    if sid in INNER:
        out.append("g-inner")
    for gid, members in (("g-comm", COMM), ("g-support", SUPPORT), ("g-builders", BUILDERS),
                         ("g-equip", EQUIP)):
        if sid in members:
            out.append(gid)
    loc = next(s["loc"] for s in STAKEHOLDERS if s["id"] == sid)
    if loc:
        out.append("g-amersfoort" if loc == "amf" else "g-amsterdam")
    return out


# ---------------------------------------------------------------------------------------
# Layout: facilitator at the centre, teams on a ring of 330 px, builders on 540 px (left
# Amersfoort, right Amsterdam), the wider circle on 820 px, organisations on 1100 px.
# ---------------------------------------------------------------------------------------

SLOTS: dict[str, tuple[float, float, float]] = {  # radius, start angle, end angle (deg)
    "host": (200, 80, 100),
    "comm": (330, 245, 295),
    "support": (330, -30, 30),
    "equip": (330, 140, 210),
    "builders-amf": (540, 105, 255),
    "builders-ams": (540, -70, 70),
    "outer-amf": (820, 120, 240),
    "outer-ams": (820, -62, 62),
    "outer-bottom": (820, 75, 105),
    "org-amf": (1100, 130, 230),
    "org-ams": (1100, -35, 35),
    "org-top": (1100, 265, 275),
    "org-bottom": (1100, 80, 100),
}


def layout() -> dict[str, tuple[int, int]]:
    """Positions per stakeholder id (scene pixels, y down)."""
    pos: dict[str, tuple[int, int]] = {FAC: (0, 0)}
    by_slot: dict[str, list[str]] = defaultdict(list)
    for s in STAKEHOLDERS:
        if s["slot"] != "centre":
            by_slot[s["slot"]].append(s["id"])
    for slot, ids in by_slot.items():
        radius, start, end = SLOTS[slot]
        step = (end - start) / len(ids)
        for i, sid in enumerate(ids):
            angle = math.radians(start + (i + 0.5) * step)
            pos[sid] = (round(radius * math.cos(angle)), round(radius * math.sin(angle)))
    return pos


# ---------------------------------------------------------------------------------------
# Relations
# ---------------------------------------------------------------------------------------

NO_FAC_RELATION = {"s-tom", "s-lieke", "s-tussenruimte", "s-groenkracht"}

FAC_KIND: dict[str, str] = {
    "s-koers": "works for", "s-margriet": "works with", "s-anna": "works with",
    "s-gerda": "works with", "s-hanneke": "works with", "s-fonds": "funded by",
    "s-lijnwerk": "supplier", "s-korrel": "supplier", "s-eemhuis": "works with",
    "s-werkplaats": "works with", "s-net-som": "member of", "s-wouter": "mentor",
    "s-henk": "mentor",
}

PAIRS: list[tuple[str, str, str]] = [
    # people and their organisations
    ("s-esther", "s-gem-amf", "works at"), ("s-klaas", "s-gem-amf", "works at"),
    ("s-nadia", "s-prov", "works at"), ("s-daan", "s-hs", "works at"),
    ("s-lucas", "s-hs", "works at"), ("s-tom", "s-hs", "studies at"),
    ("s-sanne", "s-mbo", "works at"), ("s-astrid", "s-mbo", "works at"),
    ("s-linda", "s-net-som", "works at"), ("s-samira", "s-net-som", "works at"),
    ("s-johan", "s-kring", "member of"), ("s-hanneke", "s-eemhuis", "co-founded"),
    ("s-noor", "s-eemhuis", "works at"), ("s-mirjam", "s-werkplaats", "works at"),
    ("s-ellen", "s-werkplaats", "works at"), ("s-lieke", "s-werkplaats", "works at"),
    ("s-lotte", "s-korrel", "owns"), ("s-joost", "s-lijnwerk", "co-founded"),
    ("s-pieter", "s-groenkracht", "owns"), ("s-gijs", "s-tussenruimte", "works at"),
    ("s-monique", "s-fonds", "works at"), ("s-ilona", "s-kring", "member of"),
    # organisations among themselves
    ("s-korrel", "s-net-som", "member of"), ("s-groenkracht", "s-net-som", "member of"),
    ("s-eemhuis", "s-net-som", "member of"), ("s-fonds", "s-koers", "works with"),
    ("s-hs", "s-gem-amf", "works with"), ("s-werkplaats", "s-kring", "member of"),
    ("s-lijnwerk", "s-koers", "supplier"), ("s-korrel", "s-koers", "supplier"),
    ("s-mbo", "s-werkplaats", "works with"), ("s-groenkracht", "s-mbo", "works with"),
    # people among themselves
    ("s-anna", "s-joost", "works with"), ("s-anna", "s-samira", "works with"),
    ("s-joost", "s-samira", "knows"), ("s-gerda", "s-bas", "works with"),
    ("s-gerda", "s-noor", "works with"), ("s-bas", "s-noor", "knows"),
    ("s-margriet", "s-aisha", "mentor"), ("s-henk", "s-rob", "knows"),
    ("s-margriet", "s-rob", "works with"), ("s-margriet", "s-henk", "works with"),
    ("s-pieter", "s-lotte", "co-founded"), ("s-pieter", "s-marco", "knows"),
    ("s-lotte", "s-marco", "supplier"), ("s-esther", "s-klaas", "works with"),
    ("s-esther", "s-daan", "knows"), ("s-daan", "s-tom", "mentor"),
    ("s-daan", "s-lucas", "works with"), ("s-karim", "s-mirjam", "works with"),
    ("s-karim", "s-ruben", "knows"), ("s-karim", "s-omar", "mentor"),
    ("s-karim", "s-hugo", "knows"), ("s-ruben", "s-priya", "supplier"),
    ("s-fatma", "s-ilona", "knows"), ("s-fatma", "s-johan", "knows"),
    ("s-sanne", "s-astrid", "works with"), ("s-sanne", "s-mirjam", "works with"),
    ("s-jeroen", "s-anna", "works with"), ("s-jeroen", "s-erik", "knows"),
    ("s-erik", "s-rob", "co-founded"), ("s-thijs", "s-yvonne", "mentor"),
    ("s-thijs", "s-wouter", "knows"), ("s-wouter", "s-henk", "knows"),
    ("s-wouter", "s-bram", "mentor"), ("s-hanneke", "s-noor", "works with"),
    ("s-hanneke", "s-marco", "knows"), ("s-linda", "s-samira", "works with"),
    ("s-linda", "s-pieter", "knows"), ("s-yvonne", "s-esther", "knows"),
    ("s-mirjam", "s-ellen", "works with"), ("s-priya", "s-femke", "knows"),
    ("s-hugo", "s-omar", "knows"), ("s-hugo", "s-jeroen", "knows"),
    ("s-carla", "s-anna", "works with"), ("s-dirk", "s-henk", "knows"),
    ("s-jolanda", "s-gerda", "knows"), ("s-kees", "s-gerda", "knows"),
    ("s-stefan", "s-mirjam", "knows"), ("s-lieke", "s-ellen", "works with"),
    ("s-monique", "s-bas", "works with"), ("s-aisha", "s-fatma", "knows"),
    ("s-vincent", "s-erik", "knows"), ("s-vincent", "s-karim", "knows"),
    ("s-marieke", "s-carla", "knows"), ("s-bas", "s-johan", "works with"),
]

# ---------------------------------------------------------------------------------------
# Interactions. Energy per participant is drawn (healthy, 3–5, never a drop of 2) unless
# given explicitly in ``energy``; ``notes`` adds a note to that participant's reading.
# ---------------------------------------------------------------------------------------

INTERACTIONS: list[dict[str, Any]] = []


def R(by: str, theme: str, kind: str, text: str) -> dict[str, str]:
    """A remark."""
    return {"by": by, "theme": theme, "kind": kind, "text": text}


def F(what: str, due: str, done: bool, who: str = FAC) -> dict[str, Any]:
    """A follow-up."""
    return {"what": what, "due": due, "done": done, "who": who}


def I(at: str, channel: str, with_: list[str], summary: str, *,
      remarks: tuple[dict[str, str], ...] = (), followups: tuple[dict[str, Any], ...] = (),
      energy: dict[str, int] | None = None, notes: dict[str, str] | None = None) -> None:
    """Add one interaction."""
    INTERACTIONS.append({
        "at": at, "channel": channel, "with": list(with_), "summary": summary,
        "remarks": list(remarks), "followups": list(followups),
        "energy": energy or {}, "notes": notes or {},
    })


def without(ids: list[str], *absent: str) -> list[str]:
    """``ids`` minus the absent ones."""
    return [i for i in ids if i not in absent]


# --- network phase: one by one ----------------------------------------------------------
I("2019-10-03T10:00", "meeting", ["s-koers"],
  "Board meeting of Stichting Gedeelde Koers: mandate to grow a community of practice on "
  "value-driven entrepreneurship in Amersfoort and Amsterdam; budget for one large kick-off "
  "event approved.",
  followups=(F("Write a one-page concept for the kick-off event", "2019-10-17", True),))
I("2019-10-09T14:00", "conversation", ["s-hanneke", "s-eemhuis"],
  "Coffee with Hanneke at Het Eemhuis. The cooperative wants members who are 'more than a "
  "desk'; she offered the hall for meetings in exchange for visibility.",
  remarks=(R("s-hanneke", "local hubs", "idea",
             "What if each city had one physical place where builders meet every week?"),))
I("2019-10-15T11:00", "call", ["s-monique", "s-fonds"],
  "Intro call with Monique of Fonds Buurtkracht. Interested, but only in something that "
  "reaches neighbourhoods — 'not another networking drink'.",
  remarks=(R("s-monique", "impact measurement", "question",
             "How will you show that entrepreneurs actually change how they work?"),),
  followups=(F("Send Monique the concept and a rough budget", "2019-10-25", True),))
I("2019-10-22T09:30", "conversation", ["s-esther"],
  "Met Esther (policy advisor economy) at the station café. Wants to join in her own time, "
  "not as the municipality; frustrated that social return stays on paper.")
I("2019-10-24T16:00", "call", ["s-anna"],
  "Anna heard about the plans through Margriet. Offers to write the invitation and the "
  "harvest of the event, unpaid for now.")
I("2019-10-29T13:00", "conversation", ["s-margriet"],
  "Walk with Margriet along the Eem. She will co-host the event with open-space principles "
  "and insists on a harvest, so people leave with something concrete.",
  remarks=(R("s-margriet", "learning together", "idea",
             "Let participants pitch a question, not a solution."),))
I("2019-10-31T10:30", "conversation", ["s-gerda"],
  "Gerda, just retired as office manager of a large school, wants 'something useful with "
  "people'. Will run registration and the welcome desk.")
I("2019-11-05T16:00", "conversation", ["s-pieter", "s-groenkracht"],
  "Visited Pieter at Groenkracht. Can't find young installers; sees the community as a way "
  "to meet schools and job-training projects. Energetic, a bit impatient.")
I("2019-11-07T10:00", "meeting", ["s-linda", "s-net-som"],
  "Meeting with Linda at Netwerk Sociaal Ondernemen Midden. Enthusiastic, but wants to avoid "
  "'two networks for the same people'. Agreed to co-promote the event.",
  remarks=(R("s-linda", "unclear roles", "remark",
             "We need to be clear about what is ours and what is yours."),))
I("2019-11-12T15:00", "call", ["s-daan"],
  "Call with Daan of Hogeschool Eemvallei. His minor needs real cases; he will bring six "
  "students to the event.")
I("2019-11-13T11:00", "conversation", ["s-wouter"],
  "Wouter, retired bank manager, mentors starters. Sceptical of 'values talk' without "
  "numbers, but curious enough to come.",
  remarks=(R("s-wouter", "funding", "question", "Who pays for all this in two years' time?"),))
I("2019-11-14T12:30", "conversation", ["s-karim"],
  "Lunch with Karim at his repair café in Amsterdam-Noord. Knows half the neighbourhood "
  "entrepreneurs; wary of Amersfoort running the show.",
  remarks=(R("s-karim", "local hubs", "doubt", "Will Amsterdam be more than a satellite?"),))
I("2019-11-19T10:00", "meeting", ["s-mirjam", "s-werkplaats"],
  "Tour of De Werkplaats aan het IJ with Mirjam. The training kitchen could host an "
  "Amsterdam meeting. She asks what's in it for her volunteers.")
I("2019-11-20T14:00", "call", ["s-johan", "s-kring"],
  "Call with Johan, chair of the Ondernemerskring Amsterdam-Oost. Members struggle with "
  "rents; he'll come and see if it's 'more than talk'.")
I("2019-11-21T09:00", "email", ["s-lotte", "s-korrel"],
  "Asked Lotte whether Bakkerij Korrel can cater the Creathon. Yes, at cost price, if we "
  "mention the job-training programme.")
I("2019-11-26T19:30", "meeting", ["s-margriet", "s-anna", "s-gerda"],
  "Prepared the Creathon with Margriet, Anna and Gerda: programme, roles on the day, "
  "registration (58 sign-ups so far).",
  followups=(F("Print name badges and the question wall", "2019-12-06", True, "s-gerda"),
             F("Send a reminder to everyone who signed up", "2019-12-04", True, "s-anna")))
I("2019-12-03T11:00", "call", ["s-ruben"],
  "Invited Ruben to pitch shared kitchens at the Creathon. He will bring two of his tenants.")

CREATHON = [s for s in INNER + LOC_AMF + LOC_AMS
            if s not in {"s-astrid", "s-klaas", "s-kees", "s-femke", "s-hugo", "s-omar",
                         "s-lieke", "s-stefan", "s-eemhuis", "s-gem-amf", "s-hs", "s-mbo",
                         "s-net-som", "s-kring", "s-werkplaats"}]
CREATHON = list(dict.fromkeys(CREATHON)) + ["s-koers", "s-fonds", "s-korrel"]
I("2019-12-08T10:00", "event", CREATHON,
  "The Creathon: a full Sunday in a former printing works in Amersfoort. Fourteen questions "
  "pitched, six worked out in teams. Harvest: three shared drivers (purpose before profit, "
  "local roots, learning by doing) and a clear wish to continue in both cities.",
  remarks=(R("s-jolanda", "learning together", "remark",
             "For once I talked with business owners as equals."),
           R("s-ruben", "local hubs", "idea", "Shared kitchens could double as meeting places."),
           R("s-wouter", "funding", "question", "Who pays for this after the first year?"),
           R("s-fatma", "visibility", "remark",
             "People like me are rarely invited to days like this. Glad I came.")),
  followups=(F("Send the harvest to all participants", "2019-12-13", True, "s-anna"),
             F("Plan follow-up meetings in Amersfoort and Amsterdam", "2019-12-20", True)))
I("2019-12-10T08:45", "message", ["s-pieter"],
  "Pieter: 'Best Sunday in years.' Wants a next step before the holidays.")
I("2019-12-12T11:00", "email", ["s-carla"],
  "Carla sent 140 photos of the Creathon, free to use with credit. Asked whether she could be "
  "the community's photographer for a small fee.")
I("2019-12-17T14:00", "call", ["s-monique", "s-fonds"],
  "Debrief with Monique: the fund is impressed by the turnout and invites an application "
  "for a builders' training budget in January.",
  followups=(F("Submit the application to Fonds Buurtkracht", "2020-01-31", True),))
I("2020-01-07T09:15", "message", ["s-hanneke", "s-eemhuis"],
  "Hanneke confirmed the Eemhuis hall for 14 January, free of charge.")
I("2020-01-09T10:00", "call", ["s-mirjam", "s-werkplaats"],
  "Mirjam confirmed 21 January at De Werkplaats; the training kitchen makes soup.")
I("2020-01-14T19:30", "meeting", LOC_AMF,
  "Amersfoort meeting at Het Eemhuis, about 25 people. Open space with four tables: hiring "
  "differently, sharing facilities, telling our story, learning circles. Several people "
  "asked for a core group that keeps things moving.",
  remarks=(R("s-pieter", "local hubs", "idea", "Start an Amersfoort hub at Het Eemhuis, monthly."),
           R("s-dirk", "unclear roles", "question", "Who decides what happens next?"),
           R("s-kees", "learning together", "remark", "Invite teachers, not only entrepreneurs."),
           R("s-anna", "communication", "idea", "A monthly letter, not another app group.")),
  followups=(F("Invite people to sign up for an inner circle", "2020-01-24", True),))
I("2020-01-16T10:00", "call", ["s-dirk"],
  "Dirk called after the meeting: would like to teach a workshop on craftsmanship, but "
  "doesn't want to be a builder.")
I("2020-01-17T12:00", "conversation", ["s-yvonne"],
  "Lunch with Yvonne (HR manager at a logistics company). Wants to be a builder; her "
  "director supports it 'as long as it doesn't cost much'.")
I("2020-01-21T19:30", "meeting", LOC_AMS,
  "Amsterdam meeting at De Werkplaats aan het IJ, about 25 people, soup from the training "
  "kitchen. More diverse than Amersfoort; a sharp discussion on whether small shops can "
  "afford to be 'value-driven'.",
  remarks=(R("s-johan", "funding", "remark", "My members need customers first, ideals later."),
           R("s-priya", "visibility", "idea", "Put the entrepreneurs' stories on one shared site."),
           R("s-vincent", "circular economy", "idea",
             "Make it about circular business specifically."),
           R("s-omar", "learning together", "question",
             "Is this also for people who are just starting?")),
  followups=(F("Share the notes of both meetings with everyone", "2020-01-28", True, "s-anna"),))
I("2020-01-23T10:00", "conversation", ["s-anna"],
  "Coffee with Anna: she will lead a small communication team with Joost and Samira. Wants "
  "a clear brief and at most four hours a week.")
I("2020-01-24T15:00", "call", ["s-karim"],
  "Karim will be a builder if Amsterdam gets its own circle and its own hub. Agreed.")
I("2020-01-27T14:00", "call", ["s-gerda"],
  "Gerda will coordinate a support team: Bas for the money, Noor for venues and logistics.")
I("2020-01-28T16:00", "conversation", ["s-vincent"],
  "Vincent wants to be a builder, but mainly for circular businesses. Agreed to try it for "
  "three months.")
I("2020-01-29T11:30", "call", ["s-sanne"],
  "Sanne (MBO teacher) wants to be a builder; will ask her head of department for hours.")
I("2020-01-30T11:00", "call", ["s-henk"],
  "Henk offers business model sessions for builders; he and Margriet will shape an "
  "'equippers' role.")
I("2020-02-03T13:00", "conversation", ["s-aisha"],
  "Aisha will run intervision for the builders: two groups of eight, every six weeks.")
I("2020-02-04T19:30", "meeting", EQUIP,
  "First meeting of the equippers: what do builders need to host their own circles? Draft "
  "of a four-part training: hosting, business models, intervision, roles.")
I("2020-02-05T09:00", "conversation", ["s-linda"],
  "Linda will be a builder in Amersfoort. We drew a line together: NSOM for members' "
  "interests, the community for learning together.")

# --- community: the inner circle --------------------------------------------------------
I("2020-02-10T19:00", "meeting", INNER + ["s-vincent"],
  "Kickoff of the inner circle at Het Eemhuis, two months after the Creathon: communication "
  "team, support team, 17 community builders (plus Vincent on trial) and 4 equippers. "
  "Agreed on the signature and a rhythm: builders every two weeks, teams on their own "
  "schedule, the whole inner circle every two months.",
  remarks=(R("s-yvonne", "time investment", "question",
             "How many hours a month are we talking about?"),
           R("s-erik", "unclear roles", "remark",
             "The difference between a builder and an equipper isn't clear to me yet.")),
  followups=(F("Write down the roles and the expected time per role", "2020-02-21", True),))
I("2020-02-11T09:30", "message", ["s-thijs"],
  "Thijs thanked me for the kickoff and offered his practice room for the first Amersfoort "
  "learning circle.")
I("2020-02-13T11:00", "call", ["s-bas"],
  "Bas will keep the community's books pro bono, but wants one budget owner to report to.")
I("2020-02-14T15:00", "conversation", ["s-erik"],
  "Coffee with Erik: sees the builders as a route to small businesses for sustainable "
  "procurement. Still looking for his role.")
I("2020-02-17T20:00", "meeting", COMM,
  "Communication team: first monthly letter planned for early March; Joost sketches a logo; "
  "Samira shares the NSOM mailing list only with consent.",
  followups=(F("First monthly letter out", "2020-03-06", True, "s-anna"),))
I("2020-02-18T14:00", "meeting", ["s-monique", "s-fonds", "s-bas"],
  "Fonds Buurtkracht granted €15,000 for the builders' training. Progress report due in June.",
  followups=(F("Set up a separate cost centre for the grant", "2020-03-01", True, "s-bas"),))
I("2020-02-19T10:00", "meeting", SUPPORT,
  "Support team: registration list cleaned up, venue calendar until June, Bas sets up the "
  "grant administration.")
I("2020-02-20T12:00", "conversation", ["s-jeroen"],
  "Lunch with Jeroen. Offers to build a simple member site; wants to learn about the social "
  "side of business 'from the inside'.",
  followups=(F("Send a proposal for the member site", "2020-03-06", True, "s-jeroen"),))
I("2020-02-21T10:00", "conversation", ["s-esther"],
  "Esther worries about mixing her job and her volunteering. Agreed she joins as herself; "
  "Klaas is the municipality's official contact.")
I("2020-02-24T19:30", "meeting", BUILDERS + ["s-vincent"],
  "First builders' circle, at Het Eemhuis. Each builder named one circle they want to host; "
  "Pieter and Lotte will start the Amersfoort hub together.",
  remarks=(R("s-karim", "local hubs", "remark", "Amsterdam needs its own hub, not a branch."),))
I("2020-02-25T13:00", "call", ["s-marco"],
  "Marco offers the roastery to the Amersfoort hub on Saturday mornings.")
I("2020-02-26T19:30", "meeting", EQUIP,
  "Equippers: training dates set (four evenings in March and April); Rob drafts a one-page "
  "role description for builders.")
I("2020-02-27T14:00", "meeting", ["s-daan", "s-lucas", "s-hs", "s-tom"],
  "At Hogeschool Eemvallei: the research group will follow the community as a case; Tom "
  "writes his thesis on the builders' role.")
I("2020-02-28T10:00", "conversation", ["s-fatma"],
  "Visited Fatma's office in Zuidoost: 40 cleaners, many women who started with little "
  "Dutch. She wants others to see that 'social' works in cleaning too.")
I("2020-03-02T20:00", "meeting", COMM + ["s-lijnwerk"],
  "Communication team chose a logo (the feeler of a snail, to everyone's amusement). First "
  "letter went to 160 people; 52% opened it.")
I("2020-03-03T10:00", "meeting", ["s-linda", "s-samira", "s-net-som"],
  "With Linda and Samira at NSOM: a co-hosted webinar in May, and agreed who announces what.")
I("2020-03-04T15:00", "meeting", ["s-sanne", "s-astrid", "s-mbo"],
  "At MBO Amstelzijde: Astrid gives Sanne four hours a week for the community until the "
  "summer and wants internship places in return.")
I("2020-03-05T17:00", "conversation", ["s-vincent"],
  "Vincent told me he is starting his own network for circular entrepreneurs with two "
  "friends and leaves the builders. Parted on good terms; he'll share their events.",
  energy={"s-vincent": 3})
I("2020-03-09T19:30", "meeting", BUILDERS,
  "Builders' circle at De Werkplaats in Amsterdam. Aisha started the intervision groups. "
  "First worries about the virus; we decided to keep going for now.")
I("2020-03-10T10:00", "meeting", ["s-esther", "s-klaas", "s-gem-amf"],
  "Met Klaas and Esther at city hall: the municipality wants names of entrepreneurs who hire "
  "through social return, for a council letter.",
  followups=(F("Send Klaas the list of entrepreneurs who hire through social return",
               "2020-03-20", True),))
I("2020-03-11T10:00", "meeting", SUPPORT,
  "Support team: all physical meetings cancelled until April; Noor moves the venue bookings.")
I("2020-03-12T16:00", "call", ["s-jeroen"],
  "Jeroen's site proposal is clean but he needs content from the communication team. "
  "Connected him with Anna.")
I("2020-03-16T20:00", "call", COMM,
  "Communication team, first video call after the lockdown announcement. The next letter "
  "becomes 'how our entrepreneurs cope'.")
I("2020-03-17T20:00", "call", ["s-koers"],
  "Board call after the lockdown: keep paying the facilitation hours, move everything "
  "online, postpone the summer event.")
I("2020-03-18T10:00", "message", ["s-margriet"],
  "Margriet: open space works online too. Offers to train the builders in hosting online "
  "circles.")
I("2020-03-19T09:00", "call", ["s-lotte", "s-korrel"],
  "The bakery switched to home delivery within a week. Lotte proud and exhausted.")
I("2020-03-20T14:00", "message", ["s-jeroen"],
  "Jeroen: 'Swamped, two clients moved to remote work overnight. Will get back to you about "
  "the site.'")
I("2020-03-23T19:30", "meeting", without(BUILDERS, "s-jeroen"),
  "First online builders' circle. Half the time went to how everyone's business copes with "
  "the lockdown. Jeroen absent without notice.")
I("2020-03-24T11:00", "call", ["s-ruben"],
  "Ruben had to close the shared kitchen on 15 March; twelve tenants without income. Still "
  "wants to stay involved.", energy={"s-ruben": 4})
I("2020-03-25T19:30", "meeting", EQUIP,
  "Equippers (online): the training moves online in shorter blocks of 90 minutes.")
I("2020-03-26T10:00", "call", ["s-fatma"],
  "Fatma lost half of her office clients but kept everyone on payroll for now.")
I("2020-03-27T11:00", "call", ["s-hanneke", "s-eemhuis"],
  "Het Eemhuis is closed; members anxious. Hanneke asks whether builders could host an "
  "online coffee for members.")
I("2020-03-30T20:00", "meeting", COMM,
  "Communication team: story series 'entrepreneurs in lockdown' planned, one story a week.")
I("2020-03-31T15:00", "call", ["s-karim"],
  "Karim runs a phone helpline for elderly neighbours from the repair café; offers to share "
  "the approach with the builders.")
I("2020-04-01T10:00", "call", SUPPORT,
  "Support team by phone: postponed the June meeting; Bas drafts the training budget.")
I("2020-04-02T10:00", "email", ["s-carla"],
  "Carla offers a free photo series 'entrepreneurs in lockdown' (on the doorstep, at a "
  "distance).")
I("2020-04-03T11:00", "call", ["s-wouter"],
  "Wouter has covid and isn't able to join for a few weeks; asked Thijs to take over his "
  "circle.")
I("2020-04-06T19:30", "meeting", without(BUILDERS, "s-jeroen", "s-wouter"),
  "Builders' circle (online): each builder shared one thing that helps them through. Ruben "
  "quieter than usual.",
  remarks=(R("s-ruben", "corona impact", "doubt",
             "If the kitchen stays closed through the summer I don't know what's left."),),
  energy={"s-ruben": 3})
I("2020-04-07T14:00", "call", ["s-priya"],
  "Priya's catering pivoted to meals for care workers; she is looking for volunteers to "
  "deliver.")
I("2020-04-08T16:00", "message", ["s-hugo"],
  "Hugo proposes to use his volunteering app to match community members who can help each "
  "other during the lockdown.")
I("2020-04-09T19:30", "meeting", without(INNER, "s-jeroen", "s-wouter", "s-bas"),
  "First online meeting of the whole inner circle, 24 people. Check-in took an hour and was "
  "worth it. Decided to open the next evening to everyone from the two city meetings.",
  energy={"s-ruben": 3},
  remarks=(R("s-hanneke", "online meetings", "remark",
             "Online works, but we miss the coffee before and after."),))
I("2020-04-10T10:00", "call", ["s-johan", "s-kring"],
  "Johan: half his members fear bankruptcy. Asked for practical help with the emergency "
  "support applications.",
  followups=(F("Connect Johan with Bas about the TOZO and NOW forms", "2020-04-17", True),))
I("2020-04-13T14:00", "call", ["s-erik"],
  "Erik's assignments dried up. He wants to write a guide on sustainable procurement for "
  "small businesses, with the builders as test readers.")
I("2020-04-14T20:00", "meeting", COMM,
  "Communication team: four stories published; Joost designs a simple template for the site.")
I("2020-04-15T13:00", "email", ["s-joost", "s-lijnwerk"],
  "Quote from Studio Lijnwerk for the website design: €2,400, half their usual rate.")
I("2020-04-16T11:00", "call", ["s-monique", "s-fonds"],
  "Monique: the fund allows the training to go online; the June report is still needed.",
  followups=(F("Send Monique an outline of the progress report", "2020-05-29", False),))
I("2020-04-16T15:00", "call", ["s-jolanda"],
  "Jolanda organises grocery runs through the church and asks whether entrepreneurs can "
  "donate.")
I("2020-04-17T15:00", "conversation", ["s-thijs"],
  "Walk with Thijs, at a distance. His coaching practice is quiet; he has more time now but "
  "worries it'll be gone after the summer.")
I("2020-04-18T10:00", "message", ["s-lotte"],
  "Lotte sent a photo of the first bread delivered to the food bank.")
I("2020-04-20T19:30", "meeting", without(BUILDERS, "s-jeroen", "s-wouter", "s-ruben"),
  "Builders' circle (online). Good session on hosting online; several builders say the "
  "evenings are getting full.",
  remarks=(R("s-sanne", "time investment", "remark",
             "With online teaching I have no evenings left; this comes on top."),
           R("s-mirjam", "online meetings", "remark",
             "My volunteers don't all manage video calls."),))
I("2020-04-21T11:00", "call", ["s-linda", "s-net-som"],
  "Webinar with NSOM set for 19 May; Linda hosts, two builders will tell their story.")
I("2020-04-22T10:00", "meeting", SUPPORT,
  "Support team (online): budget of the builders' training is overdue at the fund; Bas "
  "promised a draft within ten days.",
  followups=(F("Send the draft budget of the builders' training to Fonds Buurtkracht",
               "2020-05-01", False, "s-bas"),))
I("2020-04-22T15:00", "message", ["s-bram"],
  "Bram: the bike shop is busier than ever, everyone is cycling; both trainees are back.")
I("2020-04-23T19:30", "meeting", EQUIP,
  "Equippers: the online training runs; attendance 13 of 16. Aisha notes that the "
  "intervision groups need smaller slots.",
  remarks=(R("s-aisha", "online meetings", "idea",
             "Shorter intervision rounds online: 60 minutes, four people."),))
I("2020-04-24T10:00", "call", ["s-nadia", "s-prov"],
  "Intro call with Nadia of Provincie Utrecht. The province looks for carriers of a regional "
  "programme; our community might fit if it reaches beyond Amersfoort.")
I("2020-04-25T11:00", "call", ["s-karim"],
  "Karim and I talked about an Amsterdam hub; Stefan may have an empty ground floor.")
I("2020-04-27T14:00", "call", ["s-lucas", "s-hs"],
  "Lucas: the research is on hold until September; students can still interview builders "
  "online.")
I("2020-04-28T20:00", "meeting", COMM,
  "Communication team: site goes live mid-May. Samira unsure who approves the texts.",
  remarks=(R("s-samira", "unclear roles", "question",
             "Who decides what goes on the site — us, the builders, or you?"),))
I("2020-04-28T09:00", "call", ["s-pieter", "s-groenkracht"],
  "Groenkracht is busy despite the lockdown. Pieter will take two apprentices from MBO "
  "Amstelzijde in September if Sanne can arrange it.")
I("2020-04-29T11:00", "call", ["s-marieke"],
  "Marieke, freelance journalist, wants to write about the community for the regional "
  "paper. Asked her to wait until the story series is live.")
I("2020-04-29T16:00", "call", ["s-ruben"],
  "Ruben sounded flat. Kitchen still closed, the landlord presses for rent. 'I don't have "
  "the head for the community right now.'",
  energy={"s-ruben": 2},
  notes={"s-ruben": "Kitchen closed since 15 March; landlord pressing for rent."},
  remarks=(R("s-ruben", "corona impact", "doubt",
             "I don't have the head for the community right now."),))

WIDER = without([s for s in LOC_AMF + LOC_AMS if s not in INNER], "s-vincent", "s-gem-amf",
                "s-hs", "s-mbo", "s-net-som", "s-kring", "s-werkplaats", "s-eemhuis")
I("2020-04-30T20:00", "meeting", WIDER + ["s-karim", "s-thijs", "s-hanneke", "s-mirjam"],
  "Open online evening for everyone from the Amersfoort and Amsterdam meetings, hosted by "
  "four builders: what helps your business now? Many small offers of help exchanged.",
  remarks=(R("s-stefan", "local hubs", "idea",
             "We have two empty ground floors in Oost; could a hub use one?"),
           R("s-ilona", "funding", "question", "Is there any money for shared transport?")))
I("2020-05-01T10:00", "conversation", ["s-gijs", "s-tussenruimte"],
  "Video call with Gijs of Adviesbureau Tussenruimte: they would sponsor the training if "
  "they may present to the inner circle. Told him I'd check with the group first.",
  followups=(F("Ask the inner circle about Tussenruimte's offer", "2020-05-28", False),))
I("2020-05-02T10:00", "message", ["s-hugo"],
  "Hugo: his app matched 34 help requests among community members in April.")
I("2020-05-04T19:30", "meeting", without(BUILDERS, "s-jeroen", "s-wouter", "s-ruben"),
  "Builders' circle (online). Tension between Pieter and Lotte about a membership fee for the "
  "Amersfoort hub; we stopped the discussion and parked it. Several builders asked what is "
  "realistic in time.",
  remarks=(R("s-thijs", "time investment", "question",
             "Can we agree that builders spend at most four hours a month?"),
           R("s-fatma", "time investment", "remark",
             "My cleaners are working again; I simply have less time than in February."),
           R("s-erik", "unclear roles", "remark",
             "Still not sure what I'm supposed to do between the circles."),
           R("s-pieter", "membership fee", "idea",
             "Ask a small fee for the Amersfoort hub, so people commit."),
           R("s-lotte", "membership fee", "remark",
             "A fee keeps out exactly the people we want in.")),
  energy={"s-yvonne": 4})
I("2020-05-05T14:00", "call", ["s-klaas", "s-gem-amf"],
  "Klaas: the municipality will mention the community in its recovery plan for local "
  "entrepreneurs.")
I("2020-05-05T16:00", "message", ["s-johan", "s-kring"],
  "Johan: thanks for Bas's help — three members got their support approved.")
I("2020-05-06T10:00", "email", ["s-astrid", "s-mbo"],
  "Astrid extends Sanne's hours until December and asks for five internship places for "
  "September.",
  followups=(F("Ask the builders for five internship places", "2020-06-15", False),))
I("2020-05-06T15:00", "call", ["s-mirjam", "s-werkplaats"],
  "The training kitchen makes 300 meals a day for the food bank. De Werkplaats can host the "
  "June meeting if the rules allow.")
I("2020-05-07T19:30", "meeting", without(INNER, "s-jeroen", "s-wouter"),
  "Second online inner-circle meeting. Prepared the 28 May session; roles and time are the "
  "first agenda item. Ruben joined with his camera off and left early.",
  energy={"s-ruben": 2, "s-yvonne": 4},
  notes={"s-ruben": "Camera off, left after half an hour."})
I("2020-05-08T11:00", "call", ["s-yvonne"],
  "Yvonne called about the 28 May session. Between the lines: her employer is cutting costs "
  "and she isn't sure she can keep spending work hours on this after the summer. She'll "
  "'think about it'.",
  energy={"s-yvonne": 3},
  notes={"s-yvonne": "Hesitant; employer cutting costs."},
  remarks=(R("s-yvonne", "time investment", "doubt",
             "I don't know if I can keep this up after the summer."),))
I("2020-05-11T19:30", "meeting", EQUIP,
  "Equippers: evaluation of the online training; Henk proposes business model clinics in "
  "June.")
I("2020-05-11T14:00", "call", ["s-esther"],
  "Esther: the draft recovery plan mentions the community; she can't share it yet.")
I("2020-05-12T10:00", "meeting", ["s-koers"],
  "Board meeting (online): progress report. The board asks how the community will run "
  "without the foundation in 2021.",
  followups=(F("Draft a scenario for 2021 with the inner circle", "2020-06-30", False),))
I("2020-05-12T20:00", "meeting", COMM + ["s-lijnwerk"],
  "Communication team: Studio Lijnwerk delivered the site design; the first three stories go "
  "online next week.",
  followups=(F("Publish the story series on the site", "2020-05-29", False, "s-anna"),))
I("2020-05-13T09:00", "message", ["s-hanneke", "s-eemhuis"],
  "Hanneke: the garden of Het Eemhuis is reserved for 28 May, at most 25 people at 1.5 m.")
I("2020-05-13T10:00", "meeting", SUPPORT,
  "Support team: chairs and a sound system for the garden session; the draft budget for "
  "the fund is still not sent — Bas swamped with annual accounts.",
  followups=(F("Book the Eemhuis garden for 28 May", "2020-05-20", True, "s-noor"),))
I("2020-05-13T14:00", "call", ["s-wouter"],
  "Wouter is back on his feet and will rejoin the builders in June.")
I("2020-05-14T15:00", "email", ["s-nadia", "s-prov"],
  "Nadia sent the province's call for proposals; deadline 1 September.")
I("2020-05-14T16:00", "call", ["s-margriet"],
  "Prepared the 28 May session with Margriet: roles and time first, because it keeps "
  "coming up.")

# --- smaller contact moments, in no particular order (sorted by date when built) -------
I("2019-11-27T10:00", "email", ["s-samira"],
  "Samira asked for the event text to share in NSOM's newsletter; sent it the same day.")
I("2019-12-05T15:00", "call", ["s-noor"],
  "Noor lends Het Eemhuis's folding tables and sound system for the Creathon and will drive "
  "them over herself.")
I("2019-12-19T16:00", "conversation", ["s-margriet"],
  "Evaluated the Creathon with Margriet: a strong harvest, but too little time for the "
  "Amsterdam people to meet each other. Hence a meeting per city.")
I("2020-01-08T13:00", "email", ["s-priya"],
  "Priya asked whether the Amsterdam meeting has room for two women from her kitchen. Of "
  "course.")
I("2020-01-13T09:00", "message", ["s-gerda"],
  "Gerda printed 40 name badges for tomorrow in Amersfoort, 'just in case'.")
I("2020-01-22T10:00", "message", ["s-omar"],
  "Omar thanked me for the evening; he asked Karim to be his mentor and Karim said yes.")
I("2020-02-06T14:00", "call", ["s-mirjam"],
  "Mirjam will be an Amsterdam builder and host every other Amsterdam circle.")
I("2020-03-06T14:00", "conversation", ["s-daan"],
  "Daan: from September two student teams will work with Bakkerij Korrel and Glans "
  "Schoonmaak.")
I("2020-03-13T11:00", "call", ["s-rob"],
  "Rob: roles are what builders keep circling around. Suggests a 'role market' at a next "
  "inner-circle meeting.")
I("2020-03-20T10:00", "call", ["s-stefan"],
  "Stefan of the housing association has empty ground floors in Oost; interested in a "
  "community hub there once the lockdown is over.")
I("2020-03-27T14:00", "email", ["s-ilona"],
  "Ilona asked whether other shops want to share a van for pick-ups and deliveries.")
I("2020-04-04T10:00", "message", ["s-femke"],
  "Femke moved her yoga classes online and offers a free weekly session to the builders.")
I("2020-04-08T10:00", "call", ["s-henk"],
  "Henk is worried about Ruben's kitchen and offers him a business-model session on getting "
  "through the closure.")
I("2020-04-11T12:00", "message", ["s-anna"],
  "Anna: the story series already has ten candidates.")
I("2020-04-19T11:00", "call", ["s-aisha"],
  "Aisha: two builders asked her for one-to-one support; fine within the grant hours.")
I("2020-04-23T13:00", "call", ["s-gerda"],
  "Gerda phones every inner-circle member once a month 'just to hear how they are'; asked "
  "whether that is welcome. It is.")
I("2020-04-26T10:00", "message", ["s-kees"],
  "Kees offers to proofread the stories before they go online.")
I("2020-05-03T11:00", "call", ["s-lotte"],
  "Lotte: the bakery is doing better. She worries the Amersfoort hub is becoming 'Pieter's "
  "club'.")
I("2020-05-09T10:00", "message", ["s-sanne"],
  "Sanne has already found three internship places among the builders.")
I("2020-05-10T16:00", "call", ["s-fatma"],
  "Fatma: offices partly reopen and business picks up. Less time, same commitment.")
I("2020-05-12T13:00", "message", ["s-carla"],
  "Carla's lockdown portraits are ready for the site.")
I("2020-05-14T11:00", "call", ["s-priya"],
  "Priya: the meals for care workers continue until June; she found six new volunteers "
  "through Hugo's app.")

# ---------------------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------------------

SESSION_28_MAY = without(INNER, "s-jeroen", "s-wouter", "s-bas", "s-joost", "s-noor",
                         "s-rob", "s-samira")
#: Agenda items: (title, minutes, owner: a name as typed, "" for nobody in particular).
FENNA, MARGRIET, HANNEKE = "Fenna Hoogland", "Margriet Schouten", "Hanneke Peters"
SESSIONS: list[dict[str, Any]] = [
    {"id": "ses-01", "title": "Creathon: value-driven entrepreneurship", "at": "2019-12-08T10:00",
     "place": "Former printing works, Amersfoort",
     "goal": "Find the questions we share and decide whether to continue together.",
     "attendees": CREATHON,
     "agenda": [("Welcome and the open-space principles", 30, FENNA), ("Pitch your question", 60, ""),
                ("Working in teams on six questions", 150, ""), ("Harvest: shared drivers", 60, FENNA),
                ("Next steps in Amersfoort and Amsterdam", 30, FENNA)]},
    {"id": "ses-02", "title": "Inner circle kickoff", "at": "2020-02-10T19:00",
     "place": "Het Eemhuis, Amersfoort",
     "goal": "Form the teams, agree on the signature and a rhythm for the coming months.",
     "attendees": INNER + ["s-vincent"],
     "agenda": [("Check-in", 20, FENNA), ("The signature: what, who, why", 40, FENNA),
                ("Roles: teams, builders, equippers", 45, MARGRIET), ("Rhythm and first dates", 20, ""),
                ("Check-out", 10, FENNA)]},
    {"id": "ses-03", "title": "Inner circle: roles and time after the lockdown",
     "at": "2020-05-28T19:00", "place": "Garden of Het Eemhuis, Amersfoort (1.5 m apart)",
     "goal": "Re-energise the inner circle: agree on clear roles and a realistic time "
             "investment per builder for the rest of 2020.",
     "attendees": SESSION_28_MAY,
     "agenda": [("Check-in: how are you, really?", 20, FENNA),
                ("Roles and time: what is realistic per role until December?", 40, MARGRIET),
                ("The Amersfoort hub: membership fee or not?", 25, HANNEKE),
                ("Offer of Adviesbureau Tussenruimte to sponsor the training", 15, FENNA),
                ("Scenario for 2021: a community without the foundation", 30, FENNA),
                ("Check-out and harvest", 10, "")]},
]


def session_docs() -> list[dict[str, Any]]:
    """The sessions as JSON v1: ``agenda`` holds the titles (for any reader of v1),
    ``agenda_items`` the items with their minutes and owners (which Voelspriet reads)."""
    out = []
    for ses in SESSIONS:
        items = [{"title": t, "minutes": m, **({"owner": o} if o else {})} for t, m, o in ses["agenda"]]
        out.append({**ses, "agenda": [i["title"] for i in items], "agenda_items": items})
    return out


# ---------------------------------------------------------------------------------------
# Building the document
# ---------------------------------------------------------------------------------------

PP_OVERRIDE: dict[tuple[str, str], tuple[str, list[int]]] = {
    # the diverging pair: their readings at the last four interactions they shared up to
    # the builders' circle of 4 May (nothing sensed between them after it), oldest first
    ("s-pieter", "s-lotte"): ("2020-05-04T19:30", [4, 5, 4, 2]),
}
PP_NOTE: dict[tuple[str, str], str] = {
    ("s-pieter", "s-lotte"): "Open disagreement about a membership fee for the hub they "
                             "co-founded.",
}


def healthy_next(rng: random.Random, base: int, history: list[int]) -> int:
    """A healthy energy (3–5) near ``base`` that never drops 2 below the last three."""
    value = max(3, min(5, base + rng.choice((-1, 0, 0, 0, 1))))
    if history:
        value = max(value, max(history[-3:]) - 1)
    return value


def build() -> dict[str, Any]:
    """Assemble the whole Voelspriet JSON v1 document."""
    rng = random.Random(SEED)
    pos = layout()

    stakeholders = []
    for s in STAKEHOLDERS:
        x, y = pos[s["id"]]
        row = {k: v for k, v in s.items() if k not in {"loc", "slot"} and v not in ("", [])}
        row["groups"] = groups_of(s["id"])
        if not row["groups"]:
            del row["groups"]
        row["x"], row["y"] = x, y
        stakeholders.append(row)

    relations: list[dict[str, str]] = []
    rel_of: dict[frozenset[str], str] = {}

    def relate(a: str, b: str, kind: str) -> None:
        rid = f"r-{len(relations) + 1:03d}"
        relations.append({"id": rid, "a": a, "b": b, "kind": kind})
        rel_of[frozenset((a, b))] = rid

    for s in STAKEHOLDERS:
        if s["id"] != FAC and s["id"] not in NO_FAC_RELATION:
            default = "works with" if s["id"] in INNER else "knows"
            relate(FAC, s["id"], FAC_KIND.get(s["id"], default))
    for a, b, kind in PAIRS:
        relate(a, b, kind)

    interactions = sorted(INTERACTIONS, key=lambda i: i["at"])
    readings: list[dict[str, Any]] = []
    base = {s["id"]: {"core": 5, "prospect": 4}.get(s["status"], 4) for s in STAKEHOLDERS}
    history: dict[str, list[int]] = defaultdict(list)
    docs: list[dict[str, Any]] = []
    inter_id = {id(inter): f"i-{n:03d}" for n, inter in enumerate(interactions, start=1)}
    for inter in interactions:
        for sid in inter["with"]:
            rid = rel_of.get(frozenset((FAC, sid)))
            if rid is None:
                continue
            energy = inter["energy"].get(sid) or healthy_next(rng, base[sid], history[sid])
            history[sid].append(energy)
            reading = {"relation": rid, "at": inter["at"], "energy": energy,
                       "source": inter["channel"], "interaction": inter_id[id(inter)]}
            if sid in inter["notes"]:
                reading["note"] = inter["notes"][sid]
            readings.append(reading)
        doc = {"id": inter_id[id(inter)], "at": inter["at"], "channel": inter["channel"],
               "with": inter["with"], "summary": inter["summary"]}
        if inter["remarks"]:
            doc["remarks"] = inter["remarks"]
        if inter["followups"]:
            doc["followups"] = inter["followups"]
        docs.append(doc)

    # partner↔partner readings: at (up to) the last four interactions both took part in,
    # otherwise one sensed reading
    for a, b, _kind in PAIRS:
        rid = rel_of[frozenset((a, b))]
        shared = [i for i in interactions if a in i["with"] and b in i["with"]][-4:]
        override: list[int] | None = None
        if (a, b) in PP_OVERRIDE:
            until, override = PP_OVERRIDE[(a, b)]
            shared = [i for i in interactions
                      if a in i["with"] and b in i["with"] and i["at"] <= until]
            shared = shared[-len(override):]
            assert len(shared) == len(override) and shared[-1]["at"] == until, (a, b)
        pair_base = rng.choice((3, 4, 4, 4, 5))
        hist: list[int] = []
        if shared:
            for k, inter in enumerate(shared):
                energy = override[k] if override else healthy_next(rng, pair_base, hist)
                hist.append(energy)
                reading = {"relation": rid, "at": inter["at"], "energy": energy,
                           "source": inter["channel"], "interaction": inter_id[id(inter)]}
                if override and k == len(shared) - 1 and (a, b) in PP_NOTE:
                    reading["note"] = PP_NOTE[(a, b)]
                readings.append(reading)
        else:
            day = date(2020, 2, 1) + timedelta(days=rng.randrange(0, 100))
            readings.append({"relation": rid, "at": f"{day.isoformat()}T12:00",
                             "energy": healthy_next(rng, pair_base, hist), "source": "sense"})
    readings.sort(key=lambda r: (r["at"], r["relation"]))

    return {
        "format": "voelspriet",
        "version": 1,
        "settings": {"as_of": AS_OF.isoformat()},
        "workspace": WORKSPACE,
        "groups": GROUPS,
        "stakeholders": stakeholders,
        "relations": relations,
        "readings": readings,
        "interactions": docs,
        "sessions": session_docs(),
    }


# ---------------------------------------------------------------------------------------
# Integrity check (the story's radar findings are pinned by tests/test_demo_story.py)
# ---------------------------------------------------------------------------------------

KINDS = {"facilitator", "person", "organisation", "company", "government", "foundation",
         "education", "network"}
STATUSES = {"prospect", "active", "core", "own_way"}
SOURCES = {"conversation", "call", "meeting", "event", "email", "message", "sense"}
CHANNELS = SOURCES - {"sense"}
REMARK_KINDS = {"doubt", "question", "remark", "idea"}
PHASES = {"network", "community", "meshwork"}


def check_integrity(doc: dict[str, Any]) -> None:
    """Referential integrity, enums, energies, one facilitator, one relation per pair."""
    assert doc["format"] == "voelspriet" and doc["version"] == 1
    assert doc["workspace"]["phase"] in PHASES
    group_ids = [g["id"] for g in doc["groups"]]
    assert len(set(group_ids)) == len(group_ids)
    for g in doc["groups"]:
        assert g["color"].startswith("#") and len(g["color"]) == 7
    sids = [s["id"] for s in doc["stakeholders"]]
    assert len(set(sids)) == len(sids), "duplicate stakeholder id"
    ids = set(sids)
    assert sum(s["kind"] == "facilitator" for s in doc["stakeholders"]) == 1
    assert sum(s.get("status") == "own_way" for s in doc["stakeholders"]) == 1
    for s in doc["stakeholders"]:
        assert s["kind"] in KINDS and s.get("status", "active") in STATUSES, s["id"]
        assert set(s.get("groups", [])) <= set(group_ids), s["id"]
    pts = [(s["x"], s["y"]) for s in doc["stakeholders"]]
    closest = min(math.dist(p, q) for i, p in enumerate(pts) for q in pts[i + 1:])
    assert closest >= 40, f"nodes too close: {closest:.0f} px"
    rel_ids = [r["id"] for r in doc["relations"]]
    inter_ids = [i["id"] for i in doc["interactions"]]
    assert len(set(rel_ids)) == len(rel_ids), "duplicate relation id"
    pairs = set()
    for r in doc["relations"]:
        assert r["a"] in ids and r["b"] in ids and r["a"] != r["b"], r
        pair = frozenset((r["a"], r["b"]))
        assert pair not in pairs, f"two relations for {sorted(pair)}"
        pairs.add(pair)
    known_relations, known_interactions = set(rel_ids), set(inter_ids)
    for rd in doc["readings"]:
        assert rd["relation"] in known_relations, rd
        assert rd.get("interaction") in known_interactions | {None}, rd
        assert isinstance(rd["energy"], int) and 1 <= rd["energy"] <= 5, rd
        assert rd.get("source", "sense") in SOURCES, rd
        assert datetime.fromisoformat(rd["at"]).date() <= AS_OF, rd
    assert len(set(inter_ids)) == len(inter_ids)
    for i in doc["interactions"]:
        assert i["channel"] in CHANNELS and i["with"], i["id"]
        assert set(i["with"]) <= ids and FAC not in i["with"], i["id"]
        assert len(set(i["with"])) == len(i["with"]), i["id"]
        assert datetime.fromisoformat(i["at"]).date() <= AS_OF, i["id"]
        for rm in i.get("remarks", []):
            assert rm["by"] in i["with"] and rm["kind"] in REMARK_KINDS and rm["text"], i["id"]
        for fu in i.get("followups", []):
            date.fromisoformat(fu["due"])
            assert fu["who"] in ids and isinstance(fu["done"], bool), i["id"]
    for ses in doc["sessions"]:
        assert set(ses["attendees"]) <= ids, ses["id"]
        datetime.fromisoformat(ses["at"])
    assert any(datetime.fromisoformat(s["at"]).date() > AS_OF for s in doc["sessions"])
    assert any(datetime.fromisoformat(s["at"]).date() < AS_OF for s in doc["sessions"])
    for s in doc["stakeholders"]:
        if s["kind"] != "facilitator":
            assert any(s["id"] in i["with"] for i in doc["interactions"]), s["id"]


def lay_out(doc: dict[str, Any]) -> None:
    """Settle the hand-made positions with the app's own auto-layout (as a user would)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import numpy as np

    from workbench.layout import force_layout

    people = doc["stakeholders"]
    index = {s["id"]: i for i, s in enumerate(people)}
    groups = {g["id"]: i for i, g in enumerate(doc["groups"])}
    positions = np.array([[s["x"], s["y"]] for s in people], dtype=float)
    edges = np.array([[index[r["a"]], index[r["b"]]] for r in doc["relations"]], dtype=np.int64)
    members = np.array([[index[s["id"]], groups[g]] for s in people for g in s.get("groups", [])],
                       dtype=np.int64)
    fixed = np.array([s["kind"] == "facilitator" for s in people])
    result = force_layout(positions, edges, members, fixed, spacing=LAYOUT_SPACING, seed=SEED)
    for s, (x, y) in zip(people, result):
        s["x"], s["y"] = int(round(x)), int(round(y))


# ---------------------------------------------------------------------------------------
# Languages: the same document, only the human texts translated
# ---------------------------------------------------------------------------------------

SIGNATURE = ("name", "about", "what_happens", "who_comes_and_why", "shared_goal")
PROFILE = ("role", "interests", "needs", "drivers", "value", "notes")


def map_texts(doc: dict[str, Any], text: Callable[[str], str],
              name: Callable[[str], str]) -> dict[str, Any]:
    """A copy of *doc* with every human text passed through *text*.

    A stakeholder's organisation is a name ("Studio Lijnwerk"), passed through *name*:
    only the few words among them ("Freelance", "Retired") are translated.
    """
    out = copy.deepcopy(doc)
    ws = out["workspace"]
    for key in SIGNATURE:
        ws[key] = text(ws[key])
    for g in out["groups"]:
        g["name"] = text(g["name"])
    for s in out["stakeholders"]:
        if "organisation" in s:
            s["organisation"] = name(s["organisation"])
        for key in PROFILE:
            if key in s:
                s[key] = text(s[key])
        if "tags" in s:
            s["tags"] = [text(tag) for tag in s["tags"]]
    for r in out["relations"]:
        r["kind"] = text(r["kind"])
    for rd in out["readings"]:
        if "note" in rd:
            rd["note"] = text(rd["note"])
    for i in out["interactions"]:
        i["summary"] = text(i["summary"])
        for rm in i.get("remarks", []):
            rm["theme"], rm["text"] = text(rm["theme"]), text(rm["text"])
        for fu in i.get("followups", []):
            fu["what"] = text(fu["what"])
    for ses in out["sessions"]:
        for key in ("title", "place", "goal"):
            ses[key] = text(ses[key])
        ses["agenda"] = [text(item) for item in ses["agenda"]]
        ses["agenda_items"] = [{**item, "title": text(item["title"])} for item in ses.get("agenda_items", [])]
    return out


def translated(doc: dict[str, Any], language: str) -> dict[str, Any]:
    """The demo in *language* ("en": *doc* itself; "nl": every text looked up in DUTCH).

    Raises ``KeyError`` naming every text that has no translation, and every entry of the
    table that no text uses any more (the English was edited: edit the Dutch with it).
    """
    if language == "en":
        return doc
    table = {"nl": DUTCH}[language]
    missing: list[str] = []
    used: set[str] = set()

    def text(source: str) -> str:
        used.add(source)
        if source not in table:
            missing.append(source)
            return source
        return table[source]

    def name(source: str) -> str:
        used.add(source)
        return table.get(source, source)

    out = map_texts(doc, text, name)
    unused = [source for source in table if source not in used]
    if missing or unused:
        raise KeyError(f"{language}: no translation for {missing!r}; unused entries {unused!r}")
    # the same story: blank the texts and both documents are equal
    blank = map_texts(out, lambda _t: "", lambda _t: "")
    assert blank == map_texts(doc, lambda _t: "", lambda _t: ""), "translation changed data"
    return out


def main() -> int:
    """Build, lay out, check and write demo.json and its Dutch twin demo_nl.json."""
    doc = build()
    lay_out(doc)
    check_integrity(doc)
    for language, out in OUTS.items():
        version = translated(doc, language)
        check_integrity(version)
        out.write_text(json.dumps(version, ensure_ascii=False, indent=1) + "\n",
                       encoding="utf-8")
    print(f"wrote {', '.join(str(out) for out in OUTS.values())}: "
          f"{len(doc['stakeholders'])} stakeholders, "
          f"{len(doc['relations'])} relations, {len(doc['readings'])} readings, "
          f"{len(doc['interactions'])} interactions, {len(doc['sessions'])} sessions")
    return 0


# ---------------------------------------------------------------------------------------
# Dutch: every human text of the demo, English → Dutch. Themes are translated once, so
# the radar still finds "tijdsinvestering" raised by four partners; the group names and
# phrases the story's tests look for ("zo'n 25 mensen", "Kick-off van de kerngroep") are
# pinned in tests/test_demo_story.py.
# ---------------------------------------------------------------------------------------

DUTCH: dict[str, str] = {
    # --- the signature ---
    "Waardegedreven Ondernemen — Community of Practice":
        "Waardegedreven Ondernemen — Community of Practice",
    "A community of practice for entrepreneurs, professionals, government and education in Amersfoort and Amsterdam who want to run their work on values: purpose before profit, local roots, learning by doing. Hosted by Stichting Gedeelde Koers.":
        "Een community of practice voor ondernemers, professionals, overheid en onderwijs in Amersfoort en Amsterdam die hun werk op waarden willen laten draaien: betekenis vóór winst, lokaal geworteld, leren door te doen. Gehost door Stichting Gedeelde Koers.",
    "Community builders host learning circles every two weeks in both cities; equippers train and coach the builders; a communication team and a support team keep things going; the whole inner circle meets every two months and everyone once a year at the Creathon.":
        "Community-bouwers hosten om de twee weken leerkringen in beide steden; toerusters trainen en coachen de bouwers; een communicatieteam en een ondersteuningsteam houden alles op gang; de hele kerngroep komt elke twee maanden bijeen en iedereen eens per jaar op de Creathon.",
    "Small-business owners, freelancers, directors and professionals who join next to their regular work because they want their work to mean something and want to learn from peers who try the same; plus the municipality, schools and funds that need grounded local initiatives.":
        "Mkb-ondernemers, zzp'ers, directeuren en professionals die naast hun gewone werk meedoen omdat ze willen dat hun werk iets betekent en willen leren van collega's die hetzelfde proberen; plus de gemeente, scholen en fondsen die behoefte hebben aan geaarde lokale initiatieven.",
    "By the end of 2021, a hundred entrepreneurs in Amersfoort and Amsterdam run their business demonstrably value-driven, supported by a community that carries itself without the foundation.":
        "Eind 2021 runnen honderd ondernemers in Amersfoort en Amsterdam hun bedrijf aantoonbaar waardegedreven, gedragen door een community die zichzelf draagt, zonder de stichting.",
    # --- groups ---
    "Inner circle": "Kerngroep",
    "Communication team": "Communicatieteam",
    "Support team": "Ondersteuningsteam",
    "Community builders": "Community-bouwers",
    "Equippers": "Toerusters",
    "Amersfoort": "Amersfoort",
    "Amsterdam": "Amsterdam",
    # --- relation kinds ---
    "works for": "werkt voor",
    "funded by": "gefinancierd door",
    "knows": "kent",
    "member of": "lid van",
    "works with": "werkt samen met",
    "supplier": "leverancier",
    "mentor": "mentor",
    "works at": "werkt bij",
    "studies at": "studeert aan",
    "co-founded": "mede-opgericht",
    "owns": "eigenaar van",
    # --- tags ---
    "staff": "staf",
    "host": "gastheer",
    "funder": "financier",
    "policy": "beleid",
    "education": "onderwijs",
    "network": "netwerk",
    "smb": "mkb",
    "venue": "locatie",
    "freelancer": "zzp'er",
    "volunteer": "vrijwilliger",
    "employee": "werknemer",
    "retired": "gepensioneerd",
    "director": "directeur",
    "startup": "startup",
    "student": "student",
    "media": "media",
    # --- remark themes (one Dutch word per theme: the radar groups by it) ---
    "local hubs": "lokale hubs",
    "impact measurement": "impactmeting",
    "learning together": "samen leren",
    "unclear roles": "onduidelijke rollen",
    "funding": "financiering",
    "visibility": "zichtbaarheid",
    "communication": "communicatie",
    "circular economy": "circulaire economie",
    "time investment": "tijdsinvestering",
    "corona impact": "gevolgen van corona",
    "online meetings": "online bijeenkomsten",
    "membership fee": "contributie",
    # --- organisation (only these two; the others are names) ---
    "Freelance": "Zelfstandig",
    "Retired": "Gepensioneerd",
    # --- stakeholders: role, interests, needs, drivers, value, notes ---
    "Community facilitator": "Communityfacilitator",
    "A community that carries itself, so the foundation can step back in 2021.":
        "Een community die zichzelf draagt, zodat de stichting in 2021 een stap terug kan doen.",
    "Honest signals early, before people quietly drop out.":
        "Vroeg eerlijke signalen, voordat mensen stilletjes afhaken.",
    "Saw too many good initiatives die the month the subsidy ended.":
        "Zag te veel goede initiatieven doodgaan in de maand dat de subsidie stopte.",
    "Work that connects her background in adult education with entrepreneurship.":
        "Werk dat haar achtergrond in de volwasseneneducatie verbindt met ondernemerschap.",
    "That's me. 24 hours a week for the foundation, the rest freelance.":
        "Dat ben ik. 24 uur per week voor de stichting, de rest als zzp'er.",
    "Host foundation": "Gaststichting",
    "Show that value-driven entrepreneurship can be learned, not just admired.":
        "Laten zien dat waardegedreven ondernemen te leren is, niet alleen te bewonderen.",
    "A community with its own momentum within two years; material for the annual report.":
        "Binnen twee jaar een community met een eigen dynamiek; materiaal voor het jaarverslag.",
    "Founded in 2012 by three entrepreneurs who sold their companies and wanted to give back.":
        "In 2012 opgericht door drie ondernemers die hun bedrijf hadden verkocht en iets terug wilden doen.",
    "Its mission realised through others, and a visible role in the region.":
        "Haar missie gerealiseerd via anderen, en een zichtbare rol in de regio.",
    "Board of five volunteers; the chair meets me monthly. Pays my hours and the Creathon.":
        "Bestuur van vijf vrijwilligers; de voorzitter spreekt me maandelijks. Betaalt mijn uren en de Creathon.",
    "Funder": "Financier",
    "Projects that strengthen neighbourhood economies.":
        "Projecten die buurteconomieën versterken.",
    "A clear budget and results it can report every half year.":
        "Een heldere begroting en resultaten waarover het elk halfjaar kan rapporteren.",
    "Family fund; the founders ran a chain of hardware stores and trust the local shopkeeper.":
        "Familiefonds; de oprichters hadden een keten van ijzerwinkels en vertrouwen op de lokale winkelier.",
    "A pipeline of grounded neighbourhood initiatives worth funding.":
        "Een aanvoer van geaarde buurtinitiatieven die het financieren waard zijn.",
    "Granted €15,000 for the builders' training. Second tranche depends on the June report.":
        "Heeft € 15.000 toegekend voor de training van de bouwers. De tweede tranche hangt af van de rapportage in juni.",
    "Municipality, economic affairs": "Gemeente, economische zaken",
    "An inclusive local economy; more people from the social domain at work.":
        "Een inclusieve lokale economie; meer mensen uit het sociaal domein aan het werk.",
    "Initiatives that fit the city's economic agenda, and one contact person.":
        "Initiatieven die passen bij de economische agenda van de stad, en één contactpersoon.",
    "Has to show results on its social return targets.":
        "Moet resultaten laten zien op haar doelen voor social return.",
    "Access to entrepreneurs who actually hire people with a distance to the labour market.":
        "Toegang tot ondernemers die echt mensen met een afstand tot de arbeidsmarkt aannemen.",
    "Not a funder (yet). Esther joins in her own time; Klaas is the official contact.":
        "(Nog) geen financier. Esther doet mee in haar eigen tijd; Klaas is het officiële aanspreekpunt.",
    "Province, regional economy": "Provincie, regionale economie",
    "Social enterprise spread across the region, rural towns included.":
        "Sociaal ondernemen verspreid over de regio, kleine kernen inbegrepen.",
    "A partner that works across municipal borders.":
        "Een partner die over gemeentegrenzen heen werkt.",
    "New programme for the regional economy that is looking for carriers.":
        "Nieuw programma voor de regionale economie dat op zoek is naar dragers.",
    "Could co-fund a regional version of the community.":
        "Zou een regionale versie van de community kunnen cofinancieren.",
    "First contact through Nadia in April. Their call for proposals closes 1 September.":
        "Eerste contact via Nadia in april. Hun subsidieoproep sluit op 1 september.",
    "University of applied sciences": "Hogeschool",
    "Real cases for the minor in social entrepreneurship.":
        "Echte cases voor de minor sociaal ondernemerschap.",
    "Entrepreneurs willing to host a student team for twenty weeks.":
        "Ondernemers die twintig weken een studententeam willen ontvangen.",
    "Its research group on purpose-driven business needs field partners.":
        "Het lectoraat betekenisvol ondernemen heeft praktijkpartners nodig.",
    "Cases for teaching and research; the community gets student capacity.":
        "Cases voor onderwijs en onderzoek; de community krijgt studentencapaciteit.",
    "Daan teaches the minor, Lucas leads the research. New students start in September.":
        "Daan geeft de minor, Lucas leidt het onderzoek. In september starten nieuwe studenten.",
    "Vocational college": "Mbo-school",
    "Internship places with entrepreneurs who take coaching seriously.":
        "Stageplaatsen bij ondernemers die begeleiding serieus nemen.",
    "Stable contacts in companies instead of a new name every year.":
        "Vaste contacten bij bedrijven in plaats van elk jaar een nieuwe naam.",
    "Too many hospitality and retail students drop out of their internships.":
        "Te veel studenten horeca en retail vallen uit tijdens hun stage.",
    "Internships at community members; teachers who learn from entrepreneurs.":
        "Stages bij leden van de community; docenten die leren van ondernemers.",
    "Sanne is the builder there; Astrid decides on her hours.":
        "Sanne is daar de bouwer; Astrid beslist over haar uren.",
    "Regional network": "Regionaal netwerk",
    "A strong regional movement of social enterprises.":
        "Een sterke regionale beweging van sociale ondernemingen.",
    "Members who show up, and content for its events.":
        "Leden die komen opdagen, en inhoud voor zijn evenementen.",
    "Funded by its 80 members; has to keep proving its value to them.":
        "Gefinancierd door zijn 80 leden; moet steeds opnieuw laten zien wat het hun waard is.",
    "A learning community its members can join; co-hosted events.":
        "Een lerende community waar zijn leden bij kunnen aansluiten; samen georganiseerde evenementen.",
    "Could become the long-term home of the community. Also a bit of a competitor.":
        "Zou op termijn het thuis van de community kunnen worden. Ook een beetje een concurrent.",
    "Local business network": "Lokaal ondernemersnetwerk",
    "Keeping small shops and workshops in Amsterdam-Oost alive.":
        "Kleine winkels en werkplaatsen in Amsterdam-Oost overeind houden.",
    "Practical help, not theory.": "Praktische hulp, geen theorie.",
    "Rents are rising and members feel squeezed out of their own streets.":
        "De huren stijgen en leden voelen zich uit hun eigen straten gedrukt.",
    "Members learn from social entrepreneurs and find new customers.":
        "Leden leren van sociale ondernemers en vinden nieuwe klanten.",
    "Mostly businesses with 1–10 staff. Johan is its chair.":
        "Vooral bedrijven met 1–10 medewerkers. Johan is de voorzitter.",
    "Cooperative coworking space": "Coöperatieve werkplek",
    "A full house of members who help each other.": "Een vol huis met leden die elkaar helpen.",
    "Events that bring in new members.": "Evenementen die nieuwe leden opleveren.",
    "Run by its 60 members; every desk counts.": "Gerund door zijn 60 leden; elke werkplek telt.",
    "A home for the Amersfoort meetings and new members through them.":
        "Een thuis voor de bijeenkomsten in Amersfoort, en daardoor nieuwe leden.",
    "Hosted the Amersfoort meeting and the inner-circle kickoff. Garden for 28 May.":
        "Gastheer van de bijeenkomst in Amersfoort en de kick-off van de kerngroep. Tuin voor 28 mei.",
    "Neighbourhood workshop and training kitchen": "Buurtwerkplaats en leerwerkkeuken",
    "Repair, cooking and job training for the neighbourhood.":
        "Repareren, koken en werkervaring voor de buurt.",
    "Volunteers, and paying participants for its courses.":
        "Vrijwilligers, en betalende deelnemers voor zijn cursussen.",
    "Grew out of a squatted shipyard canteen in the nineties; fiercely independent.":
        "Ontstaan uit een gekraakte scheepswerfkantine in de jaren negentig; fel onafhankelijk.",
    "A full house at the Amsterdam meetings; partners for the training kitchen.":
        "Een vol huis bij de bijeenkomsten in Amsterdam; partners voor de leerwerkkeuken.",
    "Mirjam is the director, Ellen coordinates the volunteers.":
        "Mirjam is de directeur, Ellen coördineert de vrijwilligers.",
    "Social-enterprise bakery": "Sociale bakkerij",
    "Bread from regional grain; jobs for people who need a second chance.":
        "Brood van regionaal graan; banen voor mensen die een tweede kans nodig hebben.",
    "More wholesale customers; help with coaching staff.":
        "Meer groothandelsklanten; hulp bij het begeleiden van personeel.",
    "Third-generation bakery that turned social enterprise in 2016.":
        "Bakkerij in de derde generatie die in 2016 sociale onderneming werd.",
    "Customers and peers who understand what it is trying to do.":
        "Klanten en collega's die begrijpen wat ze probeert te doen.",
    "Caters our events at cost price. Lotte owns it.":
        "Verzorgt de catering van onze evenementen tegen kostprijs. Lotte is de eigenaar.",
    "Design studio": "Ontwerpstudio",
    "Design work that means something.": "Ontwerpwerk dat iets betekent.",
    "Paid assignments and a portfolio of social clients.":
        "Betaalde opdrachten en een portfolio met maatschappelijke opdrachtgevers.",
    "Two-person studio that wants to stop designing annual reports for banks.":
        "Studio van twee mensen die geen jaarverslagen voor banken meer wil ontwerpen.",
    "Paid work on the community's identity, and referrals.":
        "Betaald werk aan de identiteit van de community, en doorverwijzingen.",
    "Designs the logo and letter templates at half their usual rate.":
        "Ontwerpt het logo en de briefsjablonen voor de helft van het gewone tarief.",
    "Installer of heat pumps and solar": "Installateur van warmtepompen en zonnepanelen",
    "The energy transition, and training young installers.":
        "De energietransitie, en jonge installateurs opleiden.",
    "Technical staff — it can't find enough.":
        "Technisch personeel — het kan er niet genoeg vinden.",
    "Pieter took over his father's plumbing firm and turned it green.":
        "Pieter nam het loodgietersbedrijf van zijn vader over en maakte het groen.",
    "Contacts with vocational schools and job-training partners.":
        "Contacten met mbo-scholen en leerwerkpartners.",
    "22 employees. Offers two apprenticeship places through the community.":
        "22 medewerkers. Biedt via de community twee leerwerkplekken aan.",
    "Consultancy": "Adviesbureau",
    "Organisational change in care and housing.": "Organisatieverandering in zorg en wonen.",
    "A network of social entrepreneurs to bring into client projects.":
        "Een netwerk van sociale ondernemers om bij klantprojecten te betrekken.",
    "Four consultants who want their work to matter.":
        "Vier adviseurs die willen dat hun werk ertoe doet.",
    "Might sponsor the builders' training in exchange for visibility.":
        "Wil misschien de training van de bouwers sponsoren in ruil voor zichtbaarheid.",
    "Check first: do they want to sell to our members?":
        "Eerst nagaan: willen ze aan onze leden verkopen?",
    "Copywriter; leads the communication team": "Tekstschrijver; leidt het communicatieteam",
    "Stories of entrepreneurs who do it differently.":
        "Verhalen van ondernemers die het anders doen.",
    "A clear brief, and no more than four hours a week.":
        "Een heldere opdracht, en niet meer dan vier uur per week.",
    "Left an advertising agency in 2018 because she was done selling things nobody needs.":
        "Verliet in 2018 een reclamebureau omdat ze klaar was met dingen verkopen die niemand nodig heeft.",
    "Portfolio work she is proud of, and clients from the network.":
        "Portfoliowerk waar ze trots op is, en klanten uit het netwerk.",
    "Reliable; says no when she means no. Writes the monthly letter.":
        "Betrouwbaar; zegt nee als ze nee bedoelt. Schrijft de maandbrief.",
    "Designer, co-owner": "Ontwerper, mede-eigenaar",
    "Visual identity for organisations with a mission.":
        "Visuele identiteit voor organisaties met een missie.",
    "Decisions on time — hates endless feedback rounds.":
        "Op tijd beslissingen — heeft een hekel aan eindeloze feedbackrondes.",
    "Wants the studio to live off meaningful clients.":
        "Wil dat de studio kan leven van betekenisvolle opdrachtgevers.",
    "Paid design work plus a showcase project.":
        "Betaald ontwerpwerk plus een visitekaartjesproject.",
    "Prefers a call to email.": "Belt liever dan dat hij mailt.",
    "Communication officer": "Communicatiemedewerker",
    "Making social enterprise visible beyond the usual crowd.":
        "Sociaal ondernemen zichtbaar maken buiten de vaste kring.",
    "Permission from her employer to share member contacts.":
        "Toestemming van haar werkgever om contactgegevens van leden te delen.",
    "Grew up above her parents' shop in Utrecht; knows what small business costs.":
        "Groeide op boven de winkel van haar ouders in Utrecht; weet wat een klein bedrijf kost.",
    "Content and reach for her own network's channels.":
        "Inhoud en bereik voor de kanalen van haar eigen netwerk.",
    "Bridges our community and NSOM; careful about whose members are whose.":
        "Verbindt onze community en NSOM; let goed op wiens leden van wie zijn.",
    "Coordinates the support team": "Coördineert het ondersteuningsteam",
    "People who get things done together.": "Mensen die samen dingen voor elkaar krijgen.",
    "To be useful every week, not once in a while.": "Elke week nuttig zijn, niet af en toe.",
    "Was office manager of a large school for 30 years; retired in 2019 and missed the bustle.":
        "Was 30 jaar office manager van een grote school; ging in 2019 met pensioen en miste de drukte.",
    "Structure in her week and a group she belongs to.":
        "Structuur in haar week en een groep waar ze bij hoort.",
    "Knows everyone's birthday. Keeps the registration lists.":
        "Weet ieders verjaardag. Houdt de aanmeldlijsten bij.",
    "Bookkeeper; keeps the community's books": "Boekhouder; houdt de boeken van de community bij",
    "Small businesses that keep their finances healthy.":
        "Kleine bedrijven die hun financiën gezond houden.",
    "One budget owner to report to.": "Eén budgethouder aan wie hij verantwoording aflegt.",
    "His own father's shop went bankrupt; wants others to see it coming in time.":
        "De winkel van zijn eigen vader ging failliet; wil dat anderen het op tijd zien aankomen.",
    "New clients among the entrepreneurs.": "Nieuwe klanten onder de ondernemers.",
    "Very busy March–May with annual accounts.": "Heel druk van maart tot mei met jaarrekeningen.",
    "Event coordinator": "Evenementencoördinator",
    "Events that run smoothly and feel warm.": "Evenementen die soepel lopen en warm aanvoelen.",
    "Dates fixed well in advance.": "Data die ruim van tevoren vastliggen.",
    "Likes making a room work for people.":
        "Vindt het leuk om een ruimte voor mensen te laten werken.",
    "Experience with larger events for her CV; new members for Het Eemhuis.":
        "Ervaring met grotere evenementen voor haar cv; nieuwe leden voor Het Eemhuis.",
    "Handles venues and logistics in Amersfoort.": "Regelt locaties en logistiek in Amersfoort.",
    "Director-owner": "Directeur-eigenaar",
    "Young people in technical jobs; a fair energy transition.":
        "Jongeren in technische beroepen; een eerlijke energietransitie.",
    "Apprentices, and peers who understand running a company with a mission.":
        "Leerlingen, en collega's die snappen wat het is om een bedrijf met een missie te runnen.",
    "Wants to leave his father's firm better than he found it.":
        "Wil het bedrijf van zijn vader beter achterlaten dan hij het aantrof.",
    "Access to schools and job-training initiatives.":
        "Toegang tot scholen en leerwerkinitiatieven.",
    "Energetic, impatient, thinks in plans. Co-founded the Amersfoort hub with Lotte.":
        "Energiek, ongeduldig, denkt in plannen. Richtte met Lotte de hub in Amersfoort op.",
    "Owner": "Eigenaar",
    "Second chances at work; regional food chains.":
        "Tweede kansen op werk; regionale voedselketens.",
    "Wholesale customers and fellow employers to share coaching with.":
        "Groothandelsklanten en collega-werkgevers om de begeleiding mee te delen.",
    "Her grandfather hired anyone who showed up on time; she wants that spirit back.":
        "Haar opa nam iedereen aan die op tijd kwam opdagen; ze wil die geest terug.",
    "Peers and customers; a place to think out loud.":
        "Collega's en klanten; een plek om hardop te denken.",
    "Warm but firm. Strongly against anything that excludes people.":
        "Warm maar beslist. Fel tegen alles wat mensen uitsluit.",
    "Policy advisor economy": "Beleidsadviseur economie",
    "Social return that happens in practice, not on paper.":
        "Social return die in de praktijk gebeurt, niet op papier.",
    "A clear line between her job and her volunteering.":
        "Een duidelijke grens tussen haar baan en haar vrijwilligerswerk.",
    "Frustrated by policy that never reaches the shop floor.":
        "Gefrustreerd door beleid dat nooit de werkvloer bereikt.",
    "Insight into what entrepreneurs really run into.":
        "Inzicht in waar ondernemers echt tegenaan lopen.",
    "Joins as herself, not as the municipality.": "Doet mee als zichzelf, niet namens de gemeente.",
    "Lecturer social entrepreneurship": "Docent sociaal ondernemerschap",
    "Learning from practice; students in real projects.":
        "Leren van de praktijk; studenten in echte projecten.",
    "Host companies for student teams.": "Gastbedrijven voor studententeams.",
    "Ran a fair-trade shop for ten years before he started teaching.":
        "Had tien jaar een wereldwinkel voordat hij ging lesgeven.",
    "Cases and guest speakers for his minor.": "Cases en gastsprekers voor zijn minor.",
    "Brings students along; hosts the Amersfoort circle once a month.":
        "Neemt studenten mee; host eens per maand de kring in Amersfoort.",
    "Coach for entrepreneurs": "Coach voor ondernemers",
    "Entrepreneurs who lead from their values.":
        "Ondernemers die leiding geven vanuit hun waarden.",
    "Visibility for his practice, without it feeling like sales.":
        "Zichtbaarheid voor zijn praktijk, zonder dat het als verkopen voelt.",
    "Burn-out in 2016; rebuilt his work around what he cares about.":
        "Burn-out in 2016; bouwde zijn werk opnieuw op rond wat hem raakt.",
    "A place to practise hosting; some clients.":
        "Een plek om te oefenen met hosten; een paar klanten.",
    "Good at keeping a circle calm. Keeps asking about time.":
        "Goed in het rustig houden van een kring. Blijft vragen naar tijd.",
    "HR manager": "HR-manager",
    "Inclusive hiring in logistics.": "Inclusief werven in de logistiek.",
    "Support from her director to spend work hours on this.":
        "Steun van haar directeur om hier werkuren aan te besteden.",
    "Her brother found work only through a job-training project.":
        "Haar broer vond alleen werk via een leerwerkproject.",
    "Ideas and partners for hiring people from the social domain.":
        "Ideeën en partners om mensen uit het sociaal domein aan te nemen.",
    "Her employer allows a few hours a month, 'as long as it doesn't cost much'.":
        "Haar werkgever staat een paar uur per maand toe, 'zolang het niet veel kost'.",
    "Mentor for starting entrepreneurs": "Mentor voor startende ondernemers",
    "Sound business cases behind good intentions.":
        "Gezonde businesscases achter goede bedoelingen.",
    "Numbers, not only values talk.": "Cijfers, niet alleen praten over waarden.",
    "Thirty years a bank manager; wants to give back the knowledge he gathered.":
        "Dertig jaar bankdirecteur; wil de kennis die hij verzamelde teruggeven.",
    "Mentees and sparring partners.": "Mentees en sparringpartners.",
    "Had covid in April; back on his feet mid-May.":
        "Had in april corona; half mei weer op de been.",
    "Director": "Directeur",
    "Cooperation as a business model.": "Samenwerken als verdienmodel.",
    "New members and a reason for them to stay.":
        "Nieuwe leden en een reden voor hen om te blijven.",
    "Co-founded the cooperative after years as a lonely freelancer.":
        "Richtte de coöperatie mee op na jaren als eenzame zzp'er.",
    "A lively house and a community it can host.":
        "Een levendig huis en een community die het kan huisvesten.",
    "Offers the venue without charge. One of the first to say yes.":
        "Biedt de ruimte kosteloos aan. Een van de eersten die ja zei.",
    "Owner, coffee roaster": "Eigenaar, koffiebrander",
    "Direct trade with coffee farmers; a roastery as a meeting place.":
        "Directe handel met koffieboeren; een branderij als ontmoetingsplek.",
    "More local business customers.": "Meer lokale zakelijke klanten.",
    "Visited the farms he buys from and came back changed.":
        "Bezocht de boerderijen waar hij inkoopt en kwam veranderd terug.",
    "Customers, and company on Saturday mornings.": "Klanten, en gezelschap op zaterdagochtend.",
    "Roastery open to the Amersfoort hub on Saturdays.":
        "Branderij op zaterdag open voor de hub in Amersfoort.",
    "Programme manager": "Programmamanager",
    "A regional movement rather than loose initiatives.":
        "Een regionale beweging in plaats van losse initiatieven.",
    "Clarity on what is NSOM's and what is the community's.":
        "Duidelijkheid over wat van NSOM is en wat van de community.",
    "Believes social enterprise only grows when it organises itself.":
        "Gelooft dat sociaal ondernemen alleen groeit als het zich organiseert.",
    "Content and energy for NSOM's programme.": "Inhoud en energie voor het programma van NSOM.",
    "Co-hosts the webinar of 19 May.": "Host samen het webinar van 19 mei.",
    "Founder": "Oprichter",
    "Neighbourhood economies in Amsterdam-Noord.": "Buurteconomieën in Amsterdam-Noord.",
    "Amsterdam as an equal, not a satellite of Amersfoort.":
        "Amsterdam als gelijke, geen satelliet van Amersfoort.",
    "Grew up in Noord; watched it change and wants locals to profit too.":
        "Groeide op in Noord; zag het veranderen en wil dat ook de bewoners ervan profiteren.",
    "Allies and a wider audience for the repair café.":
        "Bondgenoten en een breder publiek voor het repaircafé.",
    "Knows half the neighbourhood entrepreneurs. Brought Omar and Hugo.":
        "Kent de helft van de buurtondernemers. Bracht Omar en Hugo mee.",
    "Job training that leads to real jobs.": "Werkervaring die tot echte banen leidt.",
    "Employers who take trainees after the course.":
        "Werkgevers die na de cursus deelnemers aannemen.",
    "Former chef; learned the trade in a kitchen that gave her a chance.":
        "Voormalig kok; leerde het vak in een keuken die haar een kans gaf.",
    "Employers for her trainees; partners for the kitchen.":
        "Werkgevers voor haar deelnemers; partners voor de keuken.",
    "Hosts the Amsterdam meetings.": "Gastvrouw van de bijeenkomsten in Amsterdam.",
    "Founder of a shared kitchen": "Oprichter van een deelkeuken",
    "Food startups that share facilities instead of each renting their own.":
        "Foodstartups die voorzieningen delen in plaats van elk een eigen keuken te huren.",
    "Cash flow — the kitchen has been closed since 15 March.":
        "Cashflow — de keuken is sinds 15 maart dicht.",
    "Wants starting cooks to have a fair chance.":
        "Wil dat beginnende koks een eerlijke kans krijgen.",
    "Tenants and ideas from the network.": "Huurders en ideeën uit het netwerk.",
    "Was one of the most energetic builders until the lockdown hit his kitchen.":
        "Was een van de meest energieke bouwers, tot de lockdown zijn keuken trof.",
    "Owner of a cleaning company": "Eigenaar van een schoonmaakbedrijf",
    "Good jobs for women who start with little Dutch.":
        "Goede banen voor vrouwen die met weinig Nederlands beginnen.",
    "Clients who pay a fair rate; time.": "Opdrachtgevers die een eerlijk tarief betalen; tijd.",
    "Started as a cleaner herself in 2004.": "Begon in 2004 zelf als schoonmaakster.",
    "Recognition; peers who see cleaning as real work.":
        "Erkenning; collega's die schoonmaken als echt werk zien.",
    "40 employees. Kept everyone on payroll in March.":
        "40 medewerkers. Hield in maart iedereen in dienst.",
    "Teacher, hospitality track": "Docent, opleiding horeca",
    "Internships where students are actually coached.":
        "Stages waarin studenten echt begeleid worden.",
    "Hours from her school; fewer evening meetings.":
        "Uren van haar school; minder avondbijeenkomsten.",
    "Saw too many students quit after a bad internship.":
        "Zag te veel studenten stoppen na een slechte stage.",
    "Internship places and stories for her lessons.": "Stageplaatsen en verhalen voor haar lessen.",
    "Has four hours a week from her school until December.":
        "Heeft tot december vier uur per week van haar school.",
    "IT consultant": "IT-consultant",
    "The social side of business 'from the inside'.":
        "De sociale kant van ondernemen 'van binnenuit'.",
    "A concrete task; dislikes open-ended talk.":
        "Een concrete taak; houdt niet van vrijblijvend praten.",
    "After ten years of IT projects wants to build something that matters.":
        "Wil na tien jaar IT-projecten iets bouwen dat ertoe doet.",
    "Meaningful side project; a network outside IT.":
        "Betekenisvol nevenproject; een netwerk buiten de IT.",
    "Offered to build a member site. Quiet since mid-March.":
        "Bood aan een ledensite te bouwen. Stil sinds half maart.",
    "Sustainability consultant": "Duurzaamheidsadviseur",
    "Sustainable procurement by small businesses.": "Duurzaam inkopen door kleine bedrijven.",
    "Clarity on what a builder is supposed to do between the circles.":
        "Duidelijkheid over wat een bouwer tussen de kringen in hoort te doen.",
    "Wants his expertise to reach companies that can't pay consultants.":
        "Wil dat zijn expertise bedrijven bereikt die geen adviseurs kunnen betalen.",
    "A channel to small businesses; maybe a guide to publish.":
        "Een kanaal naar kleine bedrijven; misschien een handleiding om uit te geven.",
    "Co-founded a consultancy with Rob years ago.":
        "Richtte jaren geleden met Rob een adviesbureau op.",
    "Trainer, Art of Hosting": "Trainer, Art of Hosting",
    "Open space and hosting conversations that matter.":
        "Open space en het hosten van gesprekken die ertoe doen.",
    "Builders who practise, not only attend training.":
        "Bouwers die oefenen, niet alleen trainingen volgen.",
    "Believes groups know more than any expert in the room.":
        "Gelooft dat groepen meer weten dan welke expert in de zaal ook.",
    "Practice ground for her methods; paid training days from the grant.":
        "Oefenterrein voor haar methodes; betaalde trainingsdagen uit de subsidie.",
    "Co-hosted the Creathon. My sparring partner for session design.":
        "Hostte samen met mij de Creathon. Mijn sparringpartner voor het ontwerpen van sessies.",
    "Business model coach": "Coach verdienmodellen",
    "Business models that pay for the mission.": "Verdienmodellen die de missie betalen.",
    "Builders who come with a real question.": "Bouwers die met een echte vraag komen.",
    "Sold his printing company in 2017; has time and wants to pass on what he learned.":
        "Verkocht in 2017 zijn drukkerij; heeft tijd en wil doorgeven wat hij leerde.",
    "Meaning after retirement.": "Zingeving na zijn pensioen.",
    "Runs business model sessions for builders.":
        "Geeft sessies over verdienmodellen voor bouwers.",
    "Intervision facilitator": "Intervisiebegeleider",
    "Peer learning among people who work alone.":
        "Van elkaar leren onder mensen die alleen werken.",
    "Stable groups; people who show up.": "Vaste groepen; mensen die komen opdagen.",
    "Trained as a social worker; saw how isolated small entrepreneurs are.":
        "Opgeleid als maatschappelijk werker; zag hoe geïsoleerd kleine ondernemers zijn.",
    "Paid hours from the grant; a showcase for her intervision method.":
        "Betaalde uren uit de subsidie; een etalage voor haar intervisiemethode.",
    "Runs two intervision groups of eight builders.":
        "Begeleidt twee intervisiegroepen van acht bouwers.",
    "Organisational change consultant": "Adviseur organisatieverandering",
    "How networks organise themselves without a boss.":
        "Hoe netwerken zichzelf organiseren zonder baas.",
    "Room to experiment.": "Ruimte om te experimenteren.",
    "Tired of reorganisations that change the chart but not the work.":
        "Moe van reorganisaties die het organogram veranderen maar niet het werk.",
    "A living case of self-organisation.": "Een levende case van zelforganisatie.",
    "Helps builders with roles and decision-making.": "Helpt bouwers met rollen en besluitvorming.",
    "Account manager entrepreneurs": "Accountmanager ondernemers",
    "Entrepreneurs who hire through social return.":
        "Ondernemers die via social return mensen aannemen.",
    "Concrete names and numbers for the council.":
        "Concrete namen en cijfers voor de gemeenteraad.",
    "Wants the municipality to be seen as a partner, not a counter.":
        "Wil dat de gemeente gezien wordt als partner, niet als loket.",
    "A channel to entrepreneurs he doesn't reach.":
        "Een kanaal naar ondernemers die hij niet bereikt.",
    "Official contact at the municipality.": "Officieel aanspreekpunt bij de gemeente.",
    "Student, minor social entrepreneurship": "Student, minor sociaal ondernemerschap",
    "How community builders create value.": "Hoe community-bouwers waarde creëren.",
    "Interviews for his thesis.": "Interviews voor zijn scriptie.",
    "Wants to start a social enterprise himself.": "Wil zelf een sociale onderneming beginnen.",
    "A thesis topic and a network.": "Een scriptieonderwerp en een netwerk.",
    "Writes his thesis on the builders' role; supervised by Daan.":
        "Schrijft zijn scriptie over de rol van de bouwers; begeleid door Daan.",
    "Researcher, purpose-driven business": "Onderzoeker, betekenisvol ondernemen",
    "What makes learning communities last.": "Wat lerende gemeenschappen laat voortbestaan.",
    "Access to the community over a longer period.":
        "Toegang tot de community over een langere periode.",
    "Wants research that practitioners actually read.":
        "Wil onderzoek dat mensen uit de praktijk echt lezen.",
    "A longitudinal case study.": "Een longitudinale casestudy.",
    "Research on hold until September.": "Onderzoek ligt stil tot september.",
    "Owner, bike repair shop": "Eigenaar, fietsenmakerij",
    "Training young people as bike mechanics.": "Jongeren opleiden tot fietsenmaker.",
    "Help with paperwork for subsidised trainees.":
        "Hulp bij het papierwerk voor gesubsidieerde leerlingen.",
    "Left school at sixteen and was given a chance by an old repairman.":
        "Ging op zijn zestiende van school en kreeg een kans van een oude fietsenmaker.",
    "A mentor (Wouter) and advice on subsidies.": "Een mentor (Wouter) en advies over subsidies.",
    "Two trainees; busier than ever since the lockdown.":
        "Twee leerlingen; drukker dan ooit sinds de lockdown.",
    "Photographer": "Fotograaf",
    "Portraits of people at work.": "Portretten van mensen aan het werk.",
    "Paid assignments, even small ones.": "Betaalde opdrachten, ook kleine.",
    "Wants to show the faces behind local businesses.":
        "Wil de gezichten achter lokale bedrijven laten zien.",
    "Subjects for her portrait series; some paid work.":
        "Onderwerpen voor haar portretserie; wat betaald werk.",
    "Made the Creathon photos; free to use with credit.":
        "Maakte de foto's van de Creathon; vrij te gebruiken met naamsvermelding.",
    "Former printer": "Oud-drukker",
    "Craftsmanship and apprenticeships.": "Vakmanschap en leerlingschap.",
    "To know who decides what.": "Weten wie wat beslist.",
    "Misses the workshop floor.": "Mist de werkplaatsvloer.",
    "Company and a way to pass on his trade.":
        "Gezelschap en een manier om zijn vak door te geven.",
    "Came to the Creathon with Henk, his former competitor.":
        "Kwam naar de Creathon met Henk, zijn vroegere concurrent.",
    "Volunteer coordinator": "Vrijwilligerscoördinator",
    "Neighbours helping neighbours.": "Buren die buren helpen.",
    "Donations and volunteers for grocery runs.":
        "Donaties en vrijwilligers voor boodschappenrondes.",
    "Her faith: 'you show up for each other'.": "Haar geloof: 'je bent er voor elkaar'.",
    "Entrepreneurs who support the neighbourhood.": "Ondernemers die de buurt steunen.",
    "Organised grocery runs for elderly neighbours in the lockdown.":
        "Organiseerde in de lockdown boodschappenrondes voor oudere buren.",
    "Former teacher": "Oud-docent",
    "Bringing teachers and entrepreneurs together.": "Docenten en ondernemers bij elkaar brengen.",
    "Something small and concrete to do.": "Iets kleins en concreets om te doen.",
    "Taught economics for 35 years and found it too theoretical.":
        "Gaf 35 jaar economie en vond het te theoretisch.",
    "A role as a guest teacher.": "Een rol als gastdocent.",
    "Suggested inviting teachers to the circles.":
        "Stelde voor docenten uit te nodigen voor de kringen.",
    "Programme officer": "Programmamedewerker",
    "Projects that reach neighbourhoods, not another networking drink.":
        "Projecten die buurten bereiken, geen zoveelste netwerkborrel.",
    "Results she can put in her board's report.":
        "Resultaten die ze in het verslag voor haar bestuur kan zetten.",
    "Worked in neighbourhood development for fifteen years.":
        "Werkte vijftien jaar in de wijkontwikkeling.",
    "A funded project that visibly works.": "Een gefinancierd project dat zichtbaar werkt.",
    "Our contact at the fund; pragmatic, likes short updates.":
        "Ons aanspreekpunt bij het fonds; pragmatisch, houdt van korte updates.",
    "Chair": "Voorzitter",
    "Survival of small shops in Oost.": "Het voortbestaan van kleine winkels in Oost.",
    "Practical help for members, now.": "Praktische hulp voor leden, nu.",
    "Runs a hardware store that has been in the family for three generations.":
        "Heeft een ijzerwinkel die al drie generaties in de familie is.",
    "Practical support for his members.": "Praktische steun voor zijn leden.",
    "Sceptical of 'vague talk' but keeps coming.":
        "Sceptisch over 'vaag gepraat' maar blijft komen.",
    "Volunteers who stay.": "Vrijwilligers die blijven.",
    "A few reliable hands every week.": "Elke week een paar betrouwbare handen.",
    "Started as a volunteer herself.": "Begon zelf als vrijwilliger.",
    "Volunteers from the community.": "Vrijwilligers uit de community.",
    "Ran the soup at the Amsterdam meeting.": "Verzorgde de soep bij de bijeenkomst in Amsterdam.",
    "Founder, social catering": "Oprichter, sociale catering",
    "Catering by women from the Surinamese-Hindustani community.":
        "Catering door vrouwen uit de Surinaams-Hindostaanse gemeenschap.",
    "Kitchen space and volunteers.": "Keukenruimte en vrijwilligers.",
    "Her mother's recipes; wants the women who cook to earn a real income.":
        "De recepten van haar moeder; wil dat de vrouwen die koken een echt inkomen verdienen.",
    "Kitchen space via Ruben; visibility.": "Keukenruimte via Ruben; zichtbaarheid.",
    "Switched to meals for care workers in April.":
        "Schakelde in april over op maaltijden voor zorgmedewerkers.",
    "Owner, second-hand shop": "Eigenaar, kringloopwinkel",
    "Reuse and work for people with a disability.":
        "Hergebruik en werk voor mensen met een beperking.",
    "Fellow shop owners to share transport.": "Collega-winkeliers om vervoer mee te delen.",
    "Believes nothing and nobody should be thrown away.":
        "Gelooft dat niets en niemand weggegooid hoort te worden.",
    "Shared logistics ideas.": "Ideeën voor gedeelde logistiek.",
    "Member of the Ondernemerskring.": "Lid van de Ondernemerskring.",
    "Facility manager": "Facilitair manager",
    "Empty ground-floor spaces used by local entrepreneurs.":
        "Lege bedrijfsruimtes op de begane grond, gebruikt door lokale ondernemers.",
    "Reliable tenants for social rents.": "Betrouwbare huurders voor sociale huren.",
    "Wants the ground floors of his estates to be lively again.":
        "Wil dat de plinten van zijn complexen weer levendig worden.",
    "Tenants for empty commercial spaces.": "Huurders voor lege bedrijfsruimtes.",
    "Might offer space to a future Amsterdam hub.":
        "Zou ruimte kunnen bieden aan een toekomstige hub in Amsterdam.",
    "Yoga teacher and owner": "Yogadocent en eigenaar",
    "Wellbeing of entrepreneurs.": "Het welzijn van ondernemers.",
    "New students; moved classes online.": "Nieuwe leerlingen; gaf de lessen online.",
    "Saw colleagues burn out in the corporate world.":
        "Zag collega's opbranden in het bedrijfsleven.",
    "Peers and students.": "Collega's en leerlingen.",
    "Came to the Amsterdam meeting through Priya.":
        "Kwam via Priya naar de bijeenkomst in Amsterdam.",
    "Founder of a volunteering app": "Oprichter van een vrijwilligersapp",
    "Matching neighbours who can help each other.": "Buren koppelen die elkaar kunnen helpen.",
    "Users and a partner to pilot with.": "Gebruikers en een partner om een pilot mee te draaien.",
    "Wants tech that brings people together offline.":
        "Wil technologie die mensen offline samenbrengt.",
    "A pilot group for his app.": "Een pilotgroep voor zijn app.",
    "Matched 34 help requests in the community in April.":
        "Koppelde in april 34 hulpvragen binnen de community.",
    "Starting entrepreneur, refurbished sneakers": "Startende ondernemer, opgeknapte sneakers",
    "Learning how to run a business.": "Leren hoe je een bedrijf runt.",
    "A mentor, and a place to sell.": "Een mentor, en een plek om te verkopen.",
    "Wants to show his younger brothers that there is another way.":
        "Wil zijn jongere broers laten zien dat het ook anders kan.",
    "Mentoring from Karim and others.": "Mentorschap van Karim en anderen.",
    "Asked whether the community is also for people just starting out.":
        "Vroeg of de community ook voor beginnende ondernemers is.",
    "Job coach": "Jobcoach",
    "Trainees who find a lasting job.": "Deelnemers die een blijvende baan vinden.",
    "Employers who will take a trainee.": "Werkgevers die een deelnemer willen aannemen.",
    "Used to work at the job centre; wanted to work closer to people.":
        "Werkte vroeger bij het UWV; wilde dichter bij mensen werken.",
    "Employers from the community.": "Werkgevers uit de community.",
    "Works with Ellen; came along to the Amsterdam meeting.":
        "Werkt samen met Ellen; kwam mee naar de bijeenkomst in Amsterdam.",
    "Head of hospitality and retail": "Teamleider horeca en retail",
    "Fewer internship drop-outs.": "Minder uitval tijdens stages.",
    "Five internship places for September.": "Vijf stageplaatsen voor september.",
    "Accountable for the college's drop-out figures.":
        "Verantwoordelijk voor de uitvalcijfers van de school.",
    "Internship places and a better reputation with employers.":
        "Stageplaatsen en een betere naam bij werkgevers.",
    "Decides on Sanne's hours.": "Beslist over de uren van Sanne.",
    "Circular-economy entrepreneur": "Ondernemer in de circulaire economie",
    "Circular business models.": "Circulaire verdienmodellen.",
    "A network focused on circularity only.": "Een netwerk dat zich alleen op circulariteit richt.",
    "Wants speed and a narrow focus.": "Wil snelheid en een smalle focus.",
    "Was looking for co-founders for a circular network.":
        "Zocht medeoprichters voor een circulair netwerk.",
    "Went his own way in March 2020: started his own network for circular entrepreneurs. Parted on good terms; he shares their events. No need to chase.":
        "Ging in maart 2020 zijn eigen weg: begon een eigen netwerk voor circulaire ondernemers. In goede harmonie uit elkaar; hij deelt hun evenementen. Niet achteraan gaan.",
    "Policy officer regional economy": "Beleidsmedewerker regionale economie",
    "Social enterprise outside the big cities.": "Sociaal ondernemen buiten de grote steden.",
    "Proposals that reach several municipalities.": "Voorstellen die meerdere gemeenten bereiken.",
    "Grew up in a small town where the last shops closed.":
        "Groeide op in een kleine plaats waar de laatste winkels dichtgingen.",
    "A carrier for the provincial programme.": "Een drager voor het provinciale programma.",
    "First call on 24 April. Sent the call for proposals.":
        "Eerste gesprek op 24 april. Stuurde de subsidieoproep.",
    "Partner": "Partner",
    "Bringing social entrepreneurs into client projects in care and housing.":
        "Sociale ondernemers betrekken bij klantprojecten in zorg en wonen.",
    "Visibility among entrepreneurs.": "Zichtbaarheid onder ondernemers.",
    "Wants his consultancy to have a purpose beyond billable hours.":
        "Wil dat zijn adviesbureau een doel heeft voorbij declarabele uren.",
    "Might sponsor the builders' training.": "Wil misschien de training van de bouwers sponsoren.",
    "Wants to present at the inner circle; check with the group first.":
        "Wil een presentatie geven in de kerngroep; eerst met de groep overleggen.",
    "Journalist": "Journalist",
    "Local economy stories for the regional paper.":
        "Verhalen over de lokale economie voor de regionale krant.",
    "People willing to be named and photographed.":
        "Mensen die met naam en foto in de krant willen.",
    "Tired of writing only about closures.": "Moe van alleen maar schrijven over sluitingen.",
    "A series of hopeful stories.": "Een serie hoopvolle verhalen.",
    "Will wait for the story series before writing.":
        "Wacht met schrijven tot de verhalenserie er is.",
    # --- notes on readings ---
    "Kitchen closed since 15 March; landlord pressing for rent.":
        "Keuken dicht sinds 15 maart; verhuurder dringt aan op huur.",
    "Open disagreement about a membership fee for the hub they co-founded.":
        "Openlijk meningsverschil over een contributie voor de hub die ze samen oprichtten.",
    "Camera off, left after half an hour.": "Camera uit, na een halfuur vertrokken.",
    "Hesitant; employer cutting costs.": "Aarzelend; werkgever bezuinigt.",
    # --- interactions: summaries, remarks, follow-ups ---
    "Board meeting of Stichting Gedeelde Koers: mandate to grow a community of practice on value-driven entrepreneurship in Amersfoort and Amsterdam; budget for one large kick-off event approved.":
        "Bestuursvergadering van Stichting Gedeelde Koers: mandaat om een community of practice over waardegedreven ondernemen op te bouwen in Amersfoort en Amsterdam; budget voor één groot startevenement goedgekeurd.",
    "Write a one-page concept for the kick-off event":
        "Een concept van één pagina schrijven voor het startevenement",
    "Coffee with Hanneke at Het Eemhuis. The cooperative wants members who are 'more than a desk'; she offered the hall for meetings in exchange for visibility.":
        "Koffie met Hanneke in Het Eemhuis. De coöperatie wil leden die 'meer zijn dan een bureau'; ze bood de zaal aan voor bijeenkomsten in ruil voor zichtbaarheid.",
    "What if each city had one physical place where builders meet every week?":
        "Wat als elke stad één fysieke plek had waar bouwers elke week samenkomen?",
    "Intro call with Monique of Fonds Buurtkracht. Interested, but only in something that reaches neighbourhoods — 'not another networking drink'.":
        "Kennismakingsgesprek met Monique van Fonds Buurtkracht. Geïnteresseerd, maar alleen in iets dat buurten bereikt — 'geen zoveelste netwerkborrel'.",
    "How will you show that entrepreneurs actually change how they work?":
        "Hoe laten jullie zien dat ondernemers echt anders gaan werken?",
    "Send Monique the concept and a rough budget":
        "Monique het concept en een globale begroting sturen",
    "Met Esther (policy advisor economy) at the station café. Wants to join in her own time, not as the municipality; frustrated that social return stays on paper.":
        "Esther (beleidsadviseur economie) gesproken in het stationscafé. Wil meedoen in haar eigen tijd, niet namens de gemeente; gefrustreerd dat social return op papier blijft.",
    "Anna heard about the plans through Margriet. Offers to write the invitation and the harvest of the event, unpaid for now.":
        "Anna hoorde via Margriet van de plannen. Biedt aan de uitnodiging en de oogst van het evenement te schrijven, voorlopig onbetaald.",
    "Walk with Margriet along the Eem. She will co-host the event with open-space principles and insists on a harvest, so people leave with something concrete.":
        "Wandeling met Margriet langs de Eem. Ze host het evenement samen met mij volgens de principes van open space en staat op een oogst, zodat mensen met iets concreets naar huis gaan.",
    "Let participants pitch a question, not a solution.":
        "Laat deelnemers een vraag pitchen, geen oplossing.",
    "Gerda, just retired as office manager of a large school, wants 'something useful with people'. Will run registration and the welcome desk.":
        "Gerda, net met pensioen als office manager van een grote school, wil 'iets nuttigs met mensen'. Doet de aanmelding en de ontvangstbalie.",
    "Visited Pieter at Groenkracht. Can't find young installers; sees the community as a way to meet schools and job-training projects. Energetic, a bit impatient.":
        "Op bezoek bij Pieter bij Groenkracht. Kan geen jonge installateurs vinden; ziet de community als een manier om scholen en leerwerkprojecten te ontmoeten. Energiek, een beetje ongeduldig.",
    "Meeting with Linda at Netwerk Sociaal Ondernemen Midden. Enthusiastic, but wants to avoid 'two networks for the same people'. Agreed to co-promote the event.":
        "Overleg met Linda bij Netwerk Sociaal Ondernemen Midden. Enthousiast, maar wil 'twee netwerken voor dezelfde mensen' voorkomen. Afgesproken het evenement samen te promoten.",
    "We need to be clear about what is ours and what is yours.":
        "We moeten helder zijn over wat van ons is en wat van jullie.",
    "Call with Daan of Hogeschool Eemvallei. His minor needs real cases; he will bring six students to the event.":
        "Gebeld met Daan van Hogeschool Eemvallei. Zijn minor heeft echte cases nodig; hij neemt zes studenten mee naar het evenement.",
    "Wouter, retired bank manager, mentors starters. Sceptical of 'values talk' without numbers, but curious enough to come.":
        "Wouter, gepensioneerd bankdirecteur, is mentor van starters. Sceptisch over 'praten over waarden' zonder cijfers, maar nieuwsgierig genoeg om te komen.",
    "Who pays for all this in two years' time?": "Wie betaalt dit allemaal over twee jaar?",
    "Lunch with Karim at his repair café in Amsterdam-Noord. Knows half the neighbourhood entrepreneurs; wary of Amersfoort running the show.":
        "Lunch met Karim in zijn repaircafé in Amsterdam-Noord. Kent de helft van de buurtondernemers; op zijn hoede dat Amersfoort de dienst gaat uitmaken.",
    "Will Amsterdam be more than a satellite?": "Wordt Amsterdam meer dan een satelliet?",
    "Tour of De Werkplaats aan het IJ with Mirjam. The training kitchen could host an Amsterdam meeting. She asks what's in it for her volunteers.":
        "Rondleiding door De Werkplaats aan het IJ met Mirjam. De leerwerkkeuken kan een bijeenkomst in Amsterdam huisvesten. Ze vraagt wat het haar vrijwilligers oplevert.",
    "Call with Johan, chair of the Ondernemerskring Amsterdam-Oost. Members struggle with rents; he'll come and see if it's 'more than talk'.":
        "Gebeld met Johan, voorzitter van de Ondernemerskring Amsterdam-Oost. Leden worstelen met de huren; hij komt kijken of het 'meer is dan praten'.",
    "Asked Lotte whether Bakkerij Korrel can cater the Creathon. Yes, at cost price, if we mention the job-training programme.":
        "Lotte gevraagd of Bakkerij Korrel de catering van de Creathon kan doen. Ja, tegen kostprijs, als we het leerwerkprogramma noemen.",
    "Prepared the Creathon with Margriet, Anna and Gerda: programme, roles on the day, registration (58 sign-ups so far).":
        "De Creathon voorbereid met Margriet, Anna en Gerda: programma, rollen op de dag, aanmelding (tot nu toe 58 aanmeldingen).",
    "Print name badges and the question wall": "Naambadges en de vragenmuur printen",
    "Send a reminder to everyone who signed up":
        "Iedereen die zich aanmeldde een herinnering sturen",
    "Samira asked for the event text to share in NSOM's newsletter; sent it the same day.":
        "Samira vroeg om de tekst over het evenement voor de nieuwsbrief van NSOM; dezelfde dag gestuurd.",
    "Invited Ruben to pitch shared kitchens at the Creathon. He will bring two of his tenants.":
        "Ruben uitgenodigd om op de Creathon deelkeukens te pitchen. Hij neemt twee van zijn huurders mee.",
    "Noor lends Het Eemhuis's folding tables and sound system for the Creathon and will drive them over herself.":
        "Noor leent de klaptafels en de geluidsinstallatie van Het Eemhuis uit voor de Creathon en brengt ze zelf.",
    "The Creathon: a full Sunday in a former printing works in Amersfoort. Fourteen questions pitched, six worked out in teams. Harvest: three shared drivers (purpose before profit, local roots, learning by doing) and a clear wish to continue in both cities.":
        "De Creathon: een volle zondag in een voormalige drukkerij in Amersfoort. Veertien vragen gepitcht, zes in teams uitgewerkt. Oogst: drie gedeelde drijfveren (betekenis vóór winst, lokaal geworteld, leren door te doen) en een duidelijke wens om in beide steden door te gaan.",
    "For once I talked with business owners as equals.":
        "Voor één keer sprak ik met ondernemers als gelijken.",
    "Shared kitchens could double as meeting places.":
        "Deelkeukens kunnen ook ontmoetingsplekken zijn.",
    "Who pays for this after the first year?": "Wie betaalt dit na het eerste jaar?",
    "People like me are rarely invited to days like this. Glad I came.":
        "Mensen zoals ik worden zelden uitgenodigd voor zulke dagen. Blij dat ik kwam.",
    "Send the harvest to all participants": "De oogst naar alle deelnemers sturen",
    "Plan follow-up meetings in Amersfoort and Amsterdam":
        "Vervolgbijeenkomsten in Amersfoort en Amsterdam plannen",
    "Pieter: 'Best Sunday in years.' Wants a next step before the holidays.":
        "Pieter: 'Beste zondag in jaren.' Wil vóór de feestdagen een volgende stap.",
    "Carla sent 140 photos of the Creathon, free to use with credit. Asked whether she could be the community's photographer for a small fee.":
        "Carla stuurde 140 foto's van de Creathon, vrij te gebruiken met naamsvermelding. Vroeg of ze voor een kleine vergoeding de fotograaf van de community kan worden.",
    "Debrief with Monique: the fund is impressed by the turnout and invites an application for a builders' training budget in January.":
        "Nabespreking met Monique: het fonds is onder de indruk van de opkomst en nodigt uit om in januari een aanvraag te doen voor een trainingsbudget voor de bouwers.",
    "Submit the application to Fonds Buurtkracht": "De aanvraag bij Fonds Buurtkracht indienen",
    "Evaluated the Creathon with Margriet: a strong harvest, but too little time for the Amsterdam people to meet each other. Hence a meeting per city.":
        "De Creathon geëvalueerd met Margriet: een sterke oogst, maar te weinig tijd voor de Amsterdammers om elkaar te leren kennen. Daarom een bijeenkomst per stad.",
    "Hanneke confirmed the Eemhuis hall for 14 January, free of charge.":
        "Hanneke bevestigde de zaal van Het Eemhuis voor 14 januari, kosteloos.",
    "Priya asked whether the Amsterdam meeting has room for two women from her kitchen. Of course.":
        "Priya vroeg of er bij de bijeenkomst in Amsterdam plek is voor twee vrouwen uit haar keuken. Natuurlijk.",
    "Mirjam confirmed 21 January at De Werkplaats; the training kitchen makes soup.":
        "Mirjam bevestigde 21 januari bij De Werkplaats; de leerwerkkeuken maakt soep.",
    "Gerda printed 40 name badges for tomorrow in Amersfoort, 'just in case'.":
        "Gerda printte 40 naambadges voor morgen in Amersfoort, 'voor de zekerheid'.",
    "Amersfoort meeting at Het Eemhuis, about 25 people. Open space with four tables: hiring differently, sharing facilities, telling our story, learning circles. Several people asked for a core group that keeps things moving.":
        "Bijeenkomst in Amersfoort in Het Eemhuis, zo'n 25 mensen. Open space met vier tafels: anders aannemen, voorzieningen delen, ons verhaal vertellen, leerkringen. Meerdere mensen vroegen om een kerngroep die de boel in beweging houdt.",
    "Start an Amersfoort hub at Het Eemhuis, monthly.":
        "Begin een hub in Amersfoort in Het Eemhuis, maandelijks.",
    "Who decides what happens next?": "Wie beslist wat er nu gebeurt?",
    "Invite teachers, not only entrepreneurs.": "Nodig docenten uit, niet alleen ondernemers.",
    "A monthly letter, not another app group.": "Een maandbrief, niet nog een appgroep.",
    "Invite people to sign up for an inner circle":
        "Mensen uitnodigen zich aan te melden voor een kerngroep",
    "Dirk called after the meeting: would like to teach a workshop on craftsmanship, but doesn't want to be a builder.":
        "Dirk belde na de bijeenkomst: wil graag een workshop vakmanschap geven, maar geen bouwer worden.",
    "Lunch with Yvonne (HR manager at a logistics company). Wants to be a builder; her director supports it 'as long as it doesn't cost much'.":
        "Lunch met Yvonne (HR-manager bij een logistiek bedrijf). Wil bouwer worden; haar directeur steunt het 'zolang het niet veel kost'.",
    "Amsterdam meeting at De Werkplaats aan het IJ, about 25 people, soup from the training kitchen. More diverse than Amersfoort; a sharp discussion on whether small shops can afford to be 'value-driven'.":
        "Bijeenkomst in Amsterdam bij De Werkplaats aan het IJ, zo'n 25 mensen, soep uit de leerwerkkeuken. Diverser dan Amersfoort; een scherpe discussie over de vraag of kleine winkels het zich kunnen veroorloven 'waardegedreven' te zijn.",
    "My members need customers first, ideals later.":
        "Mijn leden hebben eerst klanten nodig, idealen komen later.",
    "Put the entrepreneurs' stories on one shared site.":
        "Zet de verhalen van de ondernemers op één gezamenlijke site.",
    "Make it about circular business specifically.":
        "Maak het specifiek over circulair ondernemen.",
    "Is this also for people who are just starting?": "Is dit ook voor mensen die net beginnen?",
    "Share the notes of both meetings with everyone":
        "De aantekeningen van beide bijeenkomsten met iedereen delen",
    "Omar thanked me for the evening; he asked Karim to be his mentor and Karim said yes.":
        "Omar bedankte me voor de avond; hij vroeg Karim om zijn mentor te worden en Karim zei ja.",
    "Coffee with Anna: she will lead a small communication team with Joost and Samira. Wants a clear brief and at most four hours a week.":
        "Koffie met Anna: ze gaat een klein communicatieteam leiden met Joost en Samira. Wil een heldere opdracht en hooguit vier uur per week.",
    "Karim will be a builder if Amsterdam gets its own circle and its own hub. Agreed.":
        "Karim wordt bouwer als Amsterdam een eigen kring en een eigen hub krijgt. Afgesproken.",
    "Gerda will coordinate a support team: Bas for the money, Noor for venues and logistics.":
        "Gerda gaat een ondersteuningsteam coördineren: Bas voor het geld, Noor voor locaties en logistiek.",
    "Vincent wants to be a builder, but mainly for circular businesses. Agreed to try it for three months.":
        "Vincent wil bouwer worden, maar vooral voor circulaire bedrijven. Afgesproken het drie maanden te proberen.",
    "Sanne (MBO teacher) wants to be a builder; will ask her head of department for hours.":
        "Sanne (mbo-docent) wil bouwer worden; vraagt haar teamleider om uren.",
    "Henk offers business model sessions for builders; he and Margriet will shape an 'equippers' role.":
        "Henk biedt sessies over verdienmodellen aan voor bouwers; hij en Margriet geven vorm aan een rol als 'toeruster'.",
    "Aisha will run intervision for the builders: two groups of eight, every six weeks.":
        "Aisha gaat intervisie voor de bouwers begeleiden: twee groepen van acht, elke zes weken.",
    "First meeting of the equippers: what do builders need to host their own circles? Draft of a four-part training: hosting, business models, intervision, roles.":
        "Eerste bijeenkomst van de toerusters: wat hebben bouwers nodig om hun eigen kringen te hosten? Opzet van een training in vier delen: hosten, verdienmodellen, intervisie, rollen.",
    "Linda will be a builder in Amersfoort. We drew a line together: NSOM for members' interests, the community for learning together.":
        "Linda wordt bouwer in Amersfoort. Samen een grens getrokken: NSOM voor de belangen van leden, de community om samen te leren.",
    "Mirjam will be an Amsterdam builder and host every other Amsterdam circle.":
        "Mirjam wordt bouwer in Amsterdam en host om de keer de kring in Amsterdam.",
    "Kickoff of the inner circle at Het Eemhuis, two months after the Creathon: communication team, support team, 17 community builders (plus Vincent on trial) and 4 equippers. Agreed on the signature and a rhythm: builders every two weeks, teams on their own schedule, the whole inner circle every two months.":
        "Kick-off van de kerngroep in Het Eemhuis, twee maanden na de Creathon: communicatieteam, ondersteuningsteam, 17 community-bouwers (plus Vincent op proef) en 4 toerusters. Afspraken over de signatuur en een ritme: bouwers om de twee weken, teams op hun eigen schema, de hele kerngroep elke twee maanden.",
    "How many hours a month are we talking about?": "Over hoeveel uur per maand hebben we het?",
    "The difference between a builder and an equipper isn't clear to me yet.":
        "Het verschil tussen een bouwer en een toeruster is me nog niet duidelijk.",
    "Write down the roles and the expected time per role":
        "De rollen en de verwachte tijd per rol opschrijven",
    "Thijs thanked me for the kickoff and offered his practice room for the first Amersfoort learning circle.":
        "Thijs bedankte me voor de kick-off en bood zijn praktijkruimte aan voor de eerste leerkring in Amersfoort.",
    "Bas will keep the community's books pro bono, but wants one budget owner to report to.":
        "Bas houdt de boeken van de community pro bono bij, maar wil één budgethouder aan wie hij verantwoording aflegt.",
    "Coffee with Erik: sees the builders as a route to small businesses for sustainable procurement. Still looking for his role.":
        "Koffie met Erik: ziet de bouwers als route naar kleine bedrijven voor duurzaam inkopen. Zoekt nog naar zijn rol.",
    "Communication team: first monthly letter planned for early March; Joost sketches a logo; Samira shares the NSOM mailing list only with consent.":
        "Communicatieteam: eerste maandbrief gepland voor begin maart; Joost schetst een logo; Samira deelt de mailinglijst van NSOM alleen met toestemming.",
    "First monthly letter out": "Eerste maandbrief verstuurd",
    "Fonds Buurtkracht granted €15,000 for the builders' training. Progress report due in June.":
        "Fonds Buurtkracht heeft € 15.000 toegekend voor de training van de bouwers. Voortgangsrapportage in juni.",
    "Set up a separate cost centre for the grant":
        "Een aparte kostenplaats voor de subsidie inrichten",
    "Support team: registration list cleaned up, venue calendar until June, Bas sets up the grant administration.":
        "Ondersteuningsteam: aanmeldlijst opgeschoond, locatieagenda tot juni, Bas zet de subsidieadministratie op.",
    "Lunch with Jeroen. Offers to build a simple member site; wants to learn about the social side of business 'from the inside'.":
        "Lunch met Jeroen. Biedt aan een eenvoudige ledensite te bouwen; wil de sociale kant van ondernemen 'van binnenuit' leren kennen.",
    "Send a proposal for the member site": "Een voorstel voor de ledensite sturen",
    "Esther worries about mixing her job and her volunteering. Agreed she joins as herself; Klaas is the municipality's official contact.":
        "Esther maakt zich zorgen over het mengen van haar baan en haar vrijwilligerswerk. Afgesproken dat ze meedoet als zichzelf; Klaas is het officiële aanspreekpunt van de gemeente.",
    "First builders' circle, at Het Eemhuis. Each builder named one circle they want to host; Pieter and Lotte will start the Amersfoort hub together.":
        "Eerste bouwerskring, in Het Eemhuis. Elke bouwer noemde één kring die hij of zij wil hosten; Pieter en Lotte starten samen de hub in Amersfoort.",
    "Amsterdam needs its own hub, not a branch.":
        "Amsterdam heeft een eigen hub nodig, geen filiaal.",
    "Marco offers the roastery to the Amersfoort hub on Saturday mornings.":
        "Marco stelt de branderij op zaterdagochtend open voor de hub in Amersfoort.",
    "Equippers: training dates set (four evenings in March and April); Rob drafts a one-page role description for builders.":
        "Toerusters: trainingsdata vastgelegd (vier avonden in maart en april); Rob schrijft een rolbeschrijving van één pagina voor bouwers.",
    "At Hogeschool Eemvallei: the research group will follow the community as a case; Tom writes his thesis on the builders' role.":
        "Bij Hogeschool Eemvallei: het lectoraat volgt de community als case; Tom schrijft zijn scriptie over de rol van de bouwers.",
    "Visited Fatma's office in Zuidoost: 40 cleaners, many women who started with little Dutch. She wants others to see that 'social' works in cleaning too.":
        "Op bezoek op het kantoor van Fatma in Zuidoost: 40 schoonmakers, veel vrouwen die met weinig Nederlands begonnen. Ze wil dat anderen zien dat 'sociaal' ook in de schoonmaak werkt.",
    "Communication team chose a logo (the feeler of a snail, to everyone's amusement). First letter went to 160 people; 52% opened it.":
        "Communicatieteam koos een logo (de voelspriet van een slak, tot ieders vermaak). De eerste brief ging naar 160 mensen; 52% opende hem.",
    "With Linda and Samira at NSOM: a co-hosted webinar in May, and agreed who announces what.":
        "Met Linda en Samira bij NSOM: in mei een gezamenlijk webinar, en afgesproken wie wat aankondigt.",
    "At MBO Amstelzijde: Astrid gives Sanne four hours a week for the community until the summer and wants internship places in return.":
        "Bij MBO Amstelzijde: Astrid geeft Sanne tot de zomer vier uur per week voor de community en wil er stageplaatsen voor terug.",
    "Vincent told me he is starting his own network for circular entrepreneurs with two friends and leaves the builders. Parted on good terms; he'll share their events.":
        "Vincent vertelde dat hij met twee vrienden een eigen netwerk voor circulaire ondernemers begint en stopt als bouwer. In goede harmonie uit elkaar; hij deelt hun evenementen.",
    "Daan: from September two student teams will work with Bakkerij Korrel and Glans Schoonmaak.":
        "Daan: vanaf september gaan twee studententeams aan de slag bij Bakkerij Korrel en Glans Schoonmaak.",
    "Builders' circle at De Werkplaats in Amsterdam. Aisha started the intervision groups. First worries about the virus; we decided to keep going for now.":
        "Bouwerskring bij De Werkplaats in Amsterdam. Aisha is begonnen met de intervisiegroepen. Eerste zorgen over het virus; we besloten voorlopig door te gaan.",
    "Met Klaas and Esther at city hall: the municipality wants names of entrepreneurs who hire through social return, for a council letter.":
        "Klaas en Esther gesproken op het stadhuis: de gemeente wil namen van ondernemers die via social return mensen aannemen, voor een raadsbrief.",
    "Send Klaas the list of entrepreneurs who hire through social return":
        "Klaas de lijst sturen van ondernemers die via social return mensen aannemen",
    "Support team: all physical meetings cancelled until April; Noor moves the venue bookings.":
        "Ondersteuningsteam: alle fysieke bijeenkomsten tot april afgelast; Noor verzet de locatieboekingen.",
    "Jeroen's site proposal is clean but he needs content from the communication team. Connected him with Anna.":
        "Het sitevoorstel van Jeroen is helder, maar hij heeft inhoud nodig van het communicatieteam. Hem met Anna in contact gebracht.",
    "Rob: roles are what builders keep circling around. Suggests a 'role market' at a next inner-circle meeting.":
        "Rob: rollen zijn waar bouwers steeds omheen cirkelen. Stelt een 'rollenmarkt' voor op een volgende bijeenkomst van de kerngroep.",
    "Communication team, first video call after the lockdown announcement. The next letter becomes 'how our entrepreneurs cope'.":
        "Communicatieteam, eerste videogesprek na de aankondiging van de lockdown. De volgende brief wordt 'hoe onze ondernemers het redden'.",
    "Board call after the lockdown: keep paying the facilitation hours, move everything online, postpone the summer event.":
        "Bestuursoverleg na de lockdown: de facilitatie-uren blijven betaald, alles gaat online, het zomerevenement wordt uitgesteld.",
    "Margriet: open space works online too. Offers to train the builders in hosting online circles.":
        "Margriet: open space werkt ook online. Biedt aan de bouwers te trainen in het hosten van online kringen.",
    "The bakery switched to home delivery within a week. Lotte proud and exhausted.":
        "De bakkerij schakelde binnen een week over op thuisbezorging. Lotte trots en uitgeput.",
    "Stefan of the housing association has empty ground floors in Oost; interested in a community hub there once the lockdown is over.":
        "Stefan van de woningcorporatie heeft lege plinten in Oost; geïnteresseerd in een communityhub daar zodra de lockdown voorbij is.",
    "Jeroen: 'Swamped, two clients moved to remote work overnight. Will get back to you about the site.'":
        "Jeroen: 'Overspoeld, twee klanten gingen van de ene op de andere dag thuiswerken. Ik kom bij je terug over de site.'",
    "First online builders' circle. Half the time went to how everyone's business copes with the lockdown. Jeroen absent without notice.":
        "Eerste online bouwerskring. De helft van de tijd ging over hoe ieders bedrijf de lockdown doorkomt. Jeroen zonder bericht afwezig.",
    "Ruben had to close the shared kitchen on 15 March; twelve tenants without income. Still wants to stay involved.":
        "Ruben moest de deelkeuken op 15 maart sluiten; twaalf huurders zonder inkomen. Wil nog steeds betrokken blijven.",
    "Equippers (online): the training moves online in shorter blocks of 90 minutes.":
        "Toerusters (online): de training gaat online in kortere blokken van 90 minuten.",
    "Fatma lost half of her office clients but kept everyone on payroll for now.":
        "Fatma verloor de helft van haar kantoorklanten maar houdt voorlopig iedereen in dienst.",
    "Het Eemhuis is closed; members anxious. Hanneke asks whether builders could host an online coffee for members.":
        "Het Eemhuis is dicht; leden ongerust. Hanneke vraagt of bouwers een online koffie voor leden kunnen hosten.",
    "Ilona asked whether other shops want to share a van for pick-ups and deliveries.":
        "Ilona vroeg of andere winkels een busje willen delen om op te halen en te bezorgen.",
    "Communication team: story series 'entrepreneurs in lockdown' planned, one story a week.":
        "Communicatieteam: verhalenserie 'ondernemers in lockdown' gepland, één verhaal per week.",
    "Karim runs a phone helpline for elderly neighbours from the repair café; offers to share the approach with the builders.":
        "Karim draait vanuit het repaircafé een telefonische hulplijn voor oudere buren; biedt aan de aanpak met de bouwers te delen.",
    "Support team by phone: postponed the June meeting; Bas drafts the training budget.":
        "Ondersteuningsteam telefonisch: de bijeenkomst van juni uitgesteld; Bas maakt een opzet voor de trainingsbegroting.",
    "Carla offers a free photo series 'entrepreneurs in lockdown' (on the doorstep, at a distance).":
        "Carla biedt een gratis fotoserie 'ondernemers in lockdown' aan (op de stoep, op afstand).",
    "Wouter has covid and isn't able to join for a few weeks; asked Thijs to take over his circle.":
        "Wouter heeft corona en kan een paar weken niet meedoen; heeft Thijs gevraagd zijn kring over te nemen.",
    "Femke moved her yoga classes online and offers a free weekly session to the builders.":
        "Femke gaf haar yogalessen online en biedt de bouwers een gratis wekelijkse les aan.",
    "Builders' circle (online): each builder shared one thing that helps them through. Ruben quieter than usual.":
        "Bouwerskring (online): elke bouwer deelde één ding dat helpt om erdoorheen te komen. Ruben stiller dan anders.",
    "If the kitchen stays closed through the summer I don't know what's left.":
        "Als de keuken de hele zomer dicht blijft, weet ik niet wat er overblijft.",
    "Priya's catering pivoted to meals for care workers; she is looking for volunteers to deliver.":
        "De catering van Priya schakelde om naar maaltijden voor zorgmedewerkers; ze zoekt vrijwilligers om te bezorgen.",
    "Henk is worried about Ruben's kitchen and offers him a business-model session on getting through the closure.":
        "Henk maakt zich zorgen over de keuken van Ruben en biedt hem een sessie over zijn verdienmodel aan om de sluiting door te komen.",
    "Hugo proposes to use his volunteering app to match community members who can help each other during the lockdown.":
        "Hugo stelt voor zijn vrijwilligersapp te gebruiken om tijdens de lockdown leden van de community te koppelen die elkaar kunnen helpen.",
    "First online meeting of the whole inner circle, 24 people. Check-in took an hour and was worth it. Decided to open the next evening to everyone from the two city meetings.":
        "Eerste online bijeenkomst van de hele kerngroep, 24 mensen. De check-in duurde een uur en was het waard. Besloten de volgende avond open te stellen voor iedereen van de twee stadsbijeenkomsten.",
    "Online works, but we miss the coffee before and after.":
        "Online werkt, maar we missen de koffie ervoor en erna.",
    "Johan: half his members fear bankruptcy. Asked for practical help with the emergency support applications.":
        "Johan: de helft van zijn leden vreest een faillissement. Vroeg om praktische hulp bij de aanvragen voor noodsteun.",
    "Connect Johan with Bas about the TOZO and NOW forms":
        "Johan met Bas in contact brengen over de TOZO- en NOW-formulieren",
    "Anna: the story series already has ten candidates.":
        "Anna: de verhalenserie heeft al tien kandidaten.",
    "Erik's assignments dried up. He wants to write a guide on sustainable procurement for small businesses, with the builders as test readers.":
        "De opdrachten van Erik zijn opgedroogd. Hij wil een handleiding duurzaam inkopen voor kleine bedrijven schrijven, met de bouwers als proeflezers.",
    "Communication team: four stories published; Joost designs a simple template for the site.":
        "Communicatieteam: vier verhalen gepubliceerd; Joost ontwerpt een eenvoudig sjabloon voor de site.",
    "Quote from Studio Lijnwerk for the website design: €2,400, half their usual rate.":
        "Offerte van Studio Lijnwerk voor het ontwerp van de website: € 2.400, de helft van hun gewone tarief.",
    "Monique: the fund allows the training to go online; the June report is still needed.":
        "Monique: het fonds vindt het goed dat de training online gaat; de rapportage in juni blijft nodig.",
    "Send Monique an outline of the progress report":
        "Monique een opzet van de voortgangsrapportage sturen",
    "Jolanda organises grocery runs through the church and asks whether entrepreneurs can donate.":
        "Jolanda organiseert via de kerk boodschappenrondes en vraagt of ondernemers kunnen doneren.",
    "Walk with Thijs, at a distance. His coaching practice is quiet; he has more time now but worries it'll be gone after the summer.":
        "Wandeling met Thijs, op afstand. Zijn coachpraktijk is stil; hij heeft nu meer tijd maar is bang dat die na de zomer weg is.",
    "Lotte sent a photo of the first bread delivered to the food bank.":
        "Lotte stuurde een foto van het eerste brood dat bij de voedselbank is afgeleverd.",
    "Aisha: two builders asked her for one-to-one support; fine within the grant hours.":
        "Aisha: twee bouwers vroegen haar om individuele begeleiding; past binnen de subsidie-uren.",
    "Builders' circle (online). Good session on hosting online; several builders say the evenings are getting full.":
        "Bouwerskring (online). Goede sessie over online hosten; meerdere bouwers zeggen dat de avonden vol raken.",
    "With online teaching I have no evenings left; this comes on top.":
        "Met online lesgeven heb ik geen avonden meer over; dit komt er nog bij.",
    "My volunteers don't all manage video calls.":
        "Mijn vrijwilligers redden het niet allemaal met videobellen.",
    "Webinar with NSOM set for 19 May; Linda hosts, two builders will tell their story.":
        "Webinar met NSOM vastgelegd op 19 mei; Linda host, twee bouwers vertellen hun verhaal.",
    "Support team (online): budget of the builders' training is overdue at the fund; Bas promised a draft within ten days.":
        "Ondersteuningsteam (online): de begroting van de training van de bouwers is te laat bij het fonds; Bas beloofde binnen tien dagen een concept.",
    "Send the draft budget of the builders' training to Fonds Buurtkracht":
        "De conceptbegroting van de training van de bouwers naar Fonds Buurtkracht sturen",
    "Bram: the bike shop is busier than ever, everyone is cycling; both trainees are back.":
        "Bram: de fietsenmakerij is drukker dan ooit, iedereen fietst; beide leerlingen zijn terug.",
    "Gerda phones every inner-circle member once a month 'just to hear how they are'; asked whether that is welcome. It is.":
        "Gerda belt elk lid van de kerngroep eens per maand 'gewoon om te horen hoe het gaat'; vroeg of dat welkom is. Dat is het.",
    "Equippers: the online training runs; attendance 13 of 16. Aisha notes that the intervision groups need smaller slots.":
        "Toerusters: de online training loopt; opkomst 13 van de 16. Aisha merkt op dat de intervisiegroepen kleinere tijdsblokken nodig hebben.",
    "Shorter intervision rounds online: 60 minutes, four people.":
        "Kortere intervisierondes online: 60 minuten, vier mensen.",
    "Intro call with Nadia of Provincie Utrecht. The province looks for carriers of a regional programme; our community might fit if it reaches beyond Amersfoort.":
        "Kennismakingsgesprek met Nadia van Provincie Utrecht. De provincie zoekt dragers voor een regionaal programma; onze community zou kunnen passen als ze verder reikt dan Amersfoort.",
    "Karim and I talked about an Amsterdam hub; Stefan may have an empty ground floor.":
        "Karim en ik spraken over een hub in Amsterdam; Stefan heeft misschien een lege plint.",
    "Kees offers to proofread the stories before they go online.":
        "Kees biedt aan de verhalen na te lezen voordat ze online gaan.",
    "Lucas: the research is on hold until September; students can still interview builders online.":
        "Lucas: het onderzoek ligt stil tot september; studenten kunnen bouwers nog wel online interviewen.",
    "Groenkracht is busy despite the lockdown. Pieter will take two apprentices from MBO Amstelzijde in September if Sanne can arrange it.":
        "Groenkracht heeft het druk ondanks de lockdown. Pieter neemt in september twee leerlingen van MBO Amstelzijde aan als Sanne dat kan regelen.",
    "Communication team: site goes live mid-May. Samira unsure who approves the texts.":
        "Communicatieteam: de site gaat half mei live. Samira weet niet zeker wie de teksten goedkeurt.",
    "Who decides what goes on the site — us, the builders, or you?":
        "Wie beslist wat er op de site komt — wij, de bouwers of jij?",
    "Marieke, freelance journalist, wants to write about the community for the regional paper. Asked her to wait until the story series is live.":
        "Marieke, freelance journalist, wil voor de regionale krant over de community schrijven. Gevraagd te wachten tot de verhalenserie live staat.",
    "Ruben sounded flat. Kitchen still closed, the landlord presses for rent. 'I don't have the head for the community right now.'":
        "Ruben klonk vlak. De keuken is nog steeds dicht, de verhuurder dringt aan op huur. 'Ik heb mijn hoofd nu niet bij de community.'",
    "I don't have the head for the community right now.":
        "Ik heb mijn hoofd nu niet bij de community.",
    "Open online evening for everyone from the Amersfoort and Amsterdam meetings, hosted by four builders: what helps your business now? Many small offers of help exchanged.":
        "Open online avond voor iedereen van de bijeenkomsten in Amersfoort en Amsterdam, gehost door vier bouwers: wat helpt jouw bedrijf nu? Veel kleine aanbiedingen van hulp uitgewisseld.",
    "We have two empty ground floors in Oost; could a hub use one?":
        "We hebben twee lege plinten in Oost; kan een hub er een gebruiken?",
    "Is there any money for shared transport?": "Is er geld voor gedeeld vervoer?",
    "Video call with Gijs of Adviesbureau Tussenruimte: they would sponsor the training if they may present to the inner circle. Told him I'd check with the group first.":
        "Videogesprek met Gijs van Adviesbureau Tussenruimte: ze willen de training sponsoren als ze zich mogen presenteren aan de kerngroep. Gezegd dat ik het eerst met de groep overleg.",
    "Ask the inner circle about Tussenruimte's offer":
        "De kerngroep vragen naar het aanbod van Tussenruimte",
    "Hugo: his app matched 34 help requests among community members in April.":
        "Hugo: zijn app koppelde in april 34 hulpvragen tussen leden van de community.",
    "Lotte: the bakery is doing better. She worries the Amersfoort hub is becoming 'Pieter's club'.":
        "Lotte: het gaat beter met de bakkerij. Ze is bang dat de hub in Amersfoort 'de club van Pieter' wordt.",
    "Builders' circle (online). Tension between Pieter and Lotte about a membership fee for the Amersfoort hub; we stopped the discussion and parked it. Several builders asked what is realistic in time.":
        "Bouwerskring (online). Spanning tussen Pieter en Lotte over een contributie voor de hub in Amersfoort; we hebben de discussie gestopt en geparkeerd. Meerdere bouwers vroegen wat realistisch is qua tijd.",
    "Can we agree that builders spend at most four hours a month?":
        "Kunnen we afspreken dat bouwers er hooguit vier uur per maand aan besteden?",
    "My cleaners are working again; I simply have less time than in February.":
        "Mijn schoonmakers werken weer; ik heb gewoon minder tijd dan in februari.",
    "Still not sure what I'm supposed to do between the circles.":
        "Nog steeds niet zeker wat ik tussen de kringen in hoor te doen.",
    "Ask a small fee for the Amersfoort hub, so people commit.":
        "Vraag een kleine bijdrage voor de hub in Amersfoort, zodat mensen zich verbinden.",
    "A fee keeps out exactly the people we want in.":
        "Een bijdrage houdt precies de mensen buiten die we binnen willen hebben.",
    "Klaas: the municipality will mention the community in its recovery plan for local entrepreneurs.":
        "Klaas: de gemeente noemt de community in haar herstelplan voor lokale ondernemers.",
    "Johan: thanks for Bas's help — three members got their support approved.":
        "Johan: dank voor de hulp van Bas — bij drie leden is de steun toegekend.",
    "Astrid extends Sanne's hours until December and asks for five internship places for September.":
        "Astrid verlengt de uren van Sanne tot december en vraagt om vijf stageplaatsen voor september.",
    "Ask the builders for five internship places": "De bouwers om vijf stageplaatsen vragen",
    "The training kitchen makes 300 meals a day for the food bank. De Werkplaats can host the June meeting if the rules allow.":
        "De leerwerkkeuken maakt 300 maaltijden per dag voor de voedselbank. De Werkplaats kan de bijeenkomst van juni huisvesten als de regels het toelaten.",
    "Second online inner-circle meeting. Prepared the 28 May session; roles and time are the first agenda item. Ruben joined with his camera off and left early.":
        "Tweede online bijeenkomst van de kerngroep. De sessie van 28 mei voorbereid; rollen en tijd zijn het eerste agendapunt. Ruben deed mee met zijn camera uit en vertrok vroeg.",
    "Yvonne called about the 28 May session. Between the lines: her employer is cutting costs and she isn't sure she can keep spending work hours on this after the summer. She'll 'think about it'.":
        "Yvonne belde over de sessie van 28 mei. Tussen de regels door: haar werkgever bezuinigt en ze weet niet zeker of ze hier na de zomer nog werkuren aan kan besteden. Ze gaat 'erover nadenken'.",
    "I don't know if I can keep this up after the summer.":
        "Ik weet niet of ik dit na de zomer nog volhoud.",
    "Sanne has already found three internship places among the builders.":
        "Sanne heeft onder de bouwers al drie stageplaatsen gevonden.",
    "Fatma: offices partly reopen and business picks up. Less time, same commitment.":
        "Fatma: kantoren gaan deels weer open en het werk trekt aan. Minder tijd, dezelfde betrokkenheid.",
    "Esther: the draft recovery plan mentions the community; she can't share it yet.":
        "Esther: het concept-herstelplan noemt de community; ze kan het nog niet delen.",
    "Equippers: evaluation of the online training; Henk proposes business model clinics in June.":
        "Toerusters: evaluatie van de online training; Henk stelt in juni spreekuren over verdienmodellen voor.",
    "Board meeting (online): progress report. The board asks how the community will run without the foundation in 2021.":
        "Bestuursvergadering (online): voortgangsrapportage. Het bestuur vraagt hoe de community in 2021 zonder de stichting verder gaat.",
    "Draft a scenario for 2021 with the inner circle":
        "Met de kerngroep een scenario voor 2021 opstellen",
    "Carla's lockdown portraits are ready for the site.":
        "De lockdownportretten van Carla zijn klaar voor de site.",
    "Communication team: Studio Lijnwerk delivered the site design; the first three stories go online next week.":
        "Communicatieteam: Studio Lijnwerk heeft het siteontwerp opgeleverd; de eerste drie verhalen gaan volgende week online.",
    "Publish the story series on the site": "De verhalenserie op de site publiceren",
    "Hanneke: the garden of Het Eemhuis is reserved for 28 May, at most 25 people at 1.5 m.":
        "Hanneke: de tuin van Het Eemhuis is gereserveerd voor 28 mei, hooguit 25 mensen op 1,5 m.",
    "Support team: chairs and a sound system for the garden session; the draft budget for the fund is still not sent — Bas swamped with annual accounts.":
        "Ondersteuningsteam: stoelen en een geluidsinstallatie voor de tuinsessie; de conceptbegroting voor het fonds is nog steeds niet verstuurd — Bas zit tot over zijn oren in de jaarrekeningen.",
    "Book the Eemhuis garden for 28 May": "De tuin van Het Eemhuis boeken voor 28 mei",
    "Wouter is back on his feet and will rejoin the builders in June.":
        "Wouter is weer op de been en sluit in juni weer aan bij de bouwers.",
    "Priya: the meals for care workers continue until June; she found six new volunteers through Hugo's app.":
        "Priya: de maaltijden voor zorgmedewerkers gaan door tot juni; ze vond via de app van Hugo zes nieuwe vrijwilligers.",
    "Nadia sent the province's call for proposals; deadline 1 September.":
        "Nadia stuurde de subsidieoproep van de provincie; deadline 1 september.",
    "Prepared the 28 May session with Margriet: roles and time first, because it keeps coming up.":
        "De sessie van 28 mei voorbereid met Margriet: rollen en tijd eerst, omdat het steeds terugkomt.",
    # --- sessions: title, place, goal, agenda ---
    "Creathon: value-driven entrepreneurship": "Creathon: waardegedreven ondernemen",
    "Former printing works, Amersfoort": "Voormalige drukkerij, Amersfoort",
    "Find the questions we share and decide whether to continue together.":
        "De vragen vinden die we delen en besluiten of we samen doorgaan.",
    "Welcome and the open-space principles": "Welkom en de principes van open space",
    "Pitch your question": "Pitch je vraag",
    "Working in teams on six questions": "In teams werken aan zes vragen",
    "Harvest: shared drivers": "Oogst: gedeelde drijfveren",
    "Next steps in Amersfoort and Amsterdam": "Volgende stappen in Amersfoort en Amsterdam",
    "Inner circle kickoff": "Kick-off van de kerngroep",
    "Het Eemhuis, Amersfoort": "Het Eemhuis, Amersfoort",
    "Form the teams, agree on the signature and a rhythm for the coming months.":
        "De teams vormen, de signatuur vaststellen en een ritme afspreken voor de komende maanden.",
    "Check-in": "Check-in",
    "The signature: what, who, why": "De signatuur: wat, wie, waarom",
    "Roles: teams, builders, equippers": "Rollen: teams, bouwers, toerusters",
    "Rhythm and first dates": "Ritme en eerste data",
    "Check-out": "Check-out",
    "Inner circle: roles and time after the lockdown": "Kerngroep: rollen en tijd na de lockdown",
    "Garden of Het Eemhuis, Amersfoort (1.5 m apart)":
        "Tuin van Het Eemhuis, Amersfoort (op 1,5 m afstand)",
    "Re-energise the inner circle: agree on clear roles and a realistic time investment per builder for the rest of 2020.":
        "De kerngroep nieuwe energie geven: heldere rollen afspreken en een realistische tijdsinvestering per bouwer voor de rest van 2020.",
    "Check-in: how are you, really?": "Check-in: hoe gaat het echt met je?",
    "Roles and time: what is realistic per role until December?":
        "Rollen en tijd: wat is realistisch per rol tot december?",
    "The Amersfoort hub: membership fee or not?": "De hub in Amersfoort: contributie of niet?",
    "Offer of Adviesbureau Tussenruimte to sponsor the training":
        "Aanbod van Adviesbureau Tussenruimte om de training te sponsoren",
    "Scenario for 2021: a community without the foundation":
        "Scenario voor 2021: een community zonder de stichting",
    "Check-out and harvest": "Check-out en oogst",
}


if __name__ == "__main__":
    sys.exit(main())
