#!/usr/bin/python3
"""The hand-curated record of the Shijingshan seed network; writes seeds/shijingshan-forum-2023.json.

Every stakeholder, tie, role, date, confidence and quote below was chosen by a person reading the press release
000_73dc534532c0e7b6.txt in full. The only thing this script computes is each quote's character offset: a quote that
occurs once in the text is located directly; a quote that occurs more than once must say which occurrence it means,
either by number (0-based) or by an anchor string it follows. An ambiguous or missing quote stops the script, so the
offsets in the JSON cannot silently point at the wrong sentence.

Run:  /usr/bin/python3 seeds/make_seed.py   (then /usr/bin/python3 seeds/check_seed.py)
Edit the tables here, not the JSON: the JSON is regenerated from them.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_ID = "000_73dc534532c0e7b6"
DOC_PATH = DOC_ID + ".txt"
OUT_PATH = os.path.join(HERE, "shijingshan-forum-2023.json")

with open(os.path.join(HERE, DOC_PATH), encoding="utf-8") as f:
    TEXT = f.read()

FORUM_DAY = "2023-09-03"
OBSERVED = {"observed": FORUM_DAY}  # positions as held at the forum
REPORTED = {"observed": "2023-09-05"}  # standing facts as reported by the release

stakeholders = []
ties = []


def utf16_offset(index):
    """C# string offsets count UTF-16 code units; identical to Python's for this BMP-only text, computed anyway."""
    return len(TEXT[:index].encode("utf-16-le")) // 2


def locate(spec):
    """spec: 'quote' (must be unique), ('quote', n) for the n-th occurrence, or ('quote', 'anchor') for the first after anchor."""
    if isinstance(spec, str):
        quote, which = spec, None
    else:
        quote, which = spec
    hits = []
    start = TEXT.find(quote)
    while start >= 0:
        hits.append(start)
        start = TEXT.find(quote, start + 1)
    if not hits:
        sys.exit(f"quote not in the text: {quote!r}")
    if which is None:
        if len(hits) != 1:
            sys.exit(f"quote occurs {len(hits)} times; say which: {quote!r}")
        index = hits[0]
    elif isinstance(which, int):
        if which >= len(hits):
            sys.exit(f"quote has only {len(hits)} occurrences: {quote!r}")
        index = hits[which]
    else:
        anchors = [i for i in range(len(TEXT)) if TEXT.startswith(which, i)]
        if len(anchors) != 1:
            sys.exit(f"anchor occurs {len(anchors)} times: {which!r}")
        after = [h for h in hits if h >= anchors[0]]
        if not after:
            sys.exit(f"quote does not occur after anchor {which!r}: {quote!r}")
        index = after[0]
    return {"document": DOC_ID, "quote": quote, "url": None, "offset": utf16_offset(index)}


def add(kind, sid, name, org_type=None, aliases=(), description=None, **attributes):
    entry = {"id": sid, "name": name, "kind": kind}
    if org_type is not None:
        entry["organizationType"] = org_type
    if aliases:
        entry["aliases"] = list(aliases)
    if description:
        entry["description"] = description
    if attributes:
        entry["attributes"] = dict(attributes)
    stakeholders.append(entry)


def person(sid, name, **kw):
    add("person", sid, name, **kw)


def org(sid, name, org_type, **kw):
    add("organization", sid, name, org_type, **kw)


def event(sid, name, **kw):
    add("event", sid, name, **kw)


def place(sid, name, **kw):
    add("place", sid, name, **kw)


def initiative(sid, name, **kw):
    add("initiative", sid, name, **kw)


def tie(source, tie_type, target, evidence, role=None, start=None, end=None, confidence=1, attributes=None):
    stem = f"{source}|{tie_type}|{target}"
    taken = {t["id"] for t in ties}
    tid, n = stem, 2
    while tid in taken:
        tid, n = f"{stem}|{n}", n + 1
    ties.append({
        "id": tid, "source": source, "target": target, "type": tie_type, "role": role,
        "start": start, "end": end, "strength": 1, "confidence": confidence,
        "evidence": [locate(e) for e in evidence],
        "attributes": dict(attributes or {}),
    })


def position(person_id, org_id, role, *evidence, confidence=1, note=None):
    attributes = dict(OBSERVED)
    if note:
        attributes["note"] = note
    tie(person_id, "HOLDS_POSITION", org_id, evidence, role=role, confidence=confidence, attributes=attributes)


def on_forum_day(source, tie_type, target, evidence, role=None, confidence=1, **attributes):
    tie(source, tie_type, target, evidence, role=role, start=FORUM_DAY, end=FORUM_DAY,
        confidence=confidence, attributes=attributes)


# ---------------------------------------------------------------------------------------------------------------
# People (23). Names as written; the text's upper-case surname "CHEN" is kept, with the usual spelling as alias.
# ---------------------------------------------------------------------------------------------------------------
person("xia-linmao", "Xia Linmao", description="Executive Vice Mayor of Beijing; addressed the forum.")
person("wang-dongtang", "Wang Dongtang",
       description="Director of the Department of Trade in Services and Commercial Services of the Ministry of Commerce; addressed the forum.")
person("chang-wei", "Chang Wei",
       description="Secretary of the Shijingshan District Committee of Beijing Municipality; addressed the forum as its host.")
person("li-xin", "Li Xin", description="Mayor of Shijingshan District; keynote speaker.")
person("liu-meiying", "Liu Meiying",
       description="Full-Time Deputy Director of the \"Two Zones\" Office in Beijing; keynote speaker and one of the ten who launched the zone.")
person("liang-jie", "Liang Jie", description="Deputy General Manager of Shougang Group; keynote speaker and signatory.")
person("jonathan-nelson", "Jonathan Nelson", description="Global Head of Digital at Populous; keynote speaker.")
person("lionel-chen", "Lionel CHEN", aliases=["Lionel Chen"],
       description="President of ADNRS; keynote speaker and one of the ten who launched the zone.")
person("li-xianxia", "Li Xianxia", description="Executive Vice Mayor of Shijingshan District; signatory.")
person("li-wenhua", "Li Wenhua", description="Vice Mayor of Shijingshan District; signatory.")
person("wang-jin", "Wang Jin", description="Vice President of Bank of Beijing; signatory.")
person("wang-zhiyong", "Wang Zhiyong",
       description="Vice Mayor of Shijingshan District; launched the zone and took part in the round-table.")
person("yap-cheng-boon", "Yap Cheng Boon",
       description="Commercial Counselor of the Singapore Embassy in China and Director of the China Division of Enterprise Singapore.")
person("zheng-chao", "Zheng Chao",
       description="Chairman of the Expert Committee and Executive Vice President of the China Chamber of Commerce for Import and Export of Mechanical and Electronic Products.")
person("xie-xiaochu", "Xie Xiaochu",
       description="Overseas Member of the All-China Federation of Returned Overseas Chinese; Vice Chairman of the European Investment Counsel.")
person("zhou-yanjun", "Zhou Yanjun",
       description="Overseas Member of the All-China Federation of Returned Overseas Chinese; President of the Chinese Youth Federation of Europe.")
person("feng-xingliang", "Feng Xingliang",
       description="Chief Representative of NRW.Global Business in Beijing/Guangzhou; launched the zone and took part in the round-table.")
person("sun-youning", "Sun Youning", description="Managing Director of the Property Unit of RGE Group.")
person("shen-zhuolin", "Shen Zhuolin", description="CEO of Shougang Fund; launched the zone and took part in the round-table.")
person("zhang-li", "Zhang Li", description="Executive Vice President of Asia Digital Group; moderated the round-table.")
person("benny-lee", "Benny Lee", description="Executive Vice President of RGE; took part in the round-table.")
person("wendy-zhao", "Wendy Zhao", description="General Manager of JY-Consultancy; took part in the round-table.")
person("xi-jinping", "Xi Jinping",
       description="President of China; his vision put forward at the Global Trade in Services Summit of CIFTIS is cited.")

# ---------------------------------------------------------------------------------------------------------------
# Organizations (34). country only where the text or the name itself says it (ISO 3166-1 alpha-2).
# ---------------------------------------------------------------------------------------------------------------
# Government, every level.
org("china-state", "People's Republic of China", "government", aliases=["China"],
    description="The Chinese state, as the body whose President is named (\"President Xi Jinping\"); the text calls the country \"China\".",
    country="CN")
org("ministry-of-commerce", "Ministry of Commerce", "government", aliases=["MOFCOM"],
    description="Ministry of Commerce of the People's Republic of China.", country="CN")
org("mofcom-trade-in-services-department", "Department of Trade in Services and Commercial Services", "government",
    description="A department of the Ministry of Commerce.", country="CN")
org("beijing-municipal-government", "People's Government of Beijing Municipality", "government",
    aliases=["Beijing Municipal People's Government"], description="The municipal government of Beijing.", country="CN")
org("two-zones-office", "\"Two Zones\" Office in Beijing", "government",
    description="Beijing office for the \"two zones\" (the national integrated demonstration zone for greater openness in the service sector and the pilot free trade zone).",
    country="CN")
org("shijingshan-district-government", "Shijingshan District People's Government", "government",
    aliases=["Shijingshan District People's Government of Beijing Municipality"],
    description="District government of Shijingshan, Beijing; co-host of the forum. Also stands for \"Shijingshan District\" where the text uses the district as an actor.",
    country="CN")
org("shijingshan-district-committee", "Shijingshan District Committee", "government",
    aliases=["Shijingshan District Committee of Beijing Municipality"],
    description="The district committee (of the Communist Party of China, general knowledge) whose Secretary hosted the forum; a party committee counts as government here.",
    country="CN")
org("cnsa", "China National Space Administration", "government", aliases=["CNSA"], country="CN")
org("cnsa-lunar-exploration-center", "Lunar Exploration and Space Program Center", "government",
    description="A centre of the China National Space Administration (a public institution; typed as government, the closest type). Settled in the north part of Shougang Park.",
    country="CN")
# State-owned enterprises.
org("shougang-group", "Shougang Group", "state-owned-enterprise", aliases=["Shougang"],
    description="Steel and industrial group (general knowledge: its former Beijing steelworks became Shougang Park); co-host of the forum.", country="CN")
org("cetc", "China Electronics Technology Group Corporation", "state-owned-enterprise", aliases=["CETC"], country="CN")
org("casic", "China Aerospace Science and Industry Corporation Limited", "state-owned-enterprise", aliases=["CASIC"], country="CN")
# Companies.
org("tencent", "Tencent", "company", description="Internet company (general knowledge: Chinese); settled in the north part of Shougang Park.")
org("baidu", "Baidu", "company", description="Internet and AI company (general knowledge: Chinese); settled in the north part of Shougang Park.")
org("populous", "Populous", "company", description="Architecture and design firm (general knowledge: known for sports venues).")
org("asia-digital-group", "Asia Digital Group", "company", description="Organizer of the forum.")
org("rge", "RGE Group", "company", aliases=["RGE", "Singapore's RGE"],
    description="Singapore-based group (general knowledge: Royal Golden Eagle); develops the 500,000 m2 commercial building in Shougang Park.",
    country="SG")
org("jardine-matheson", "Jardine Matheson Group", "company", aliases=["Jardine Matheson"],
    description="Conglomerate the text places in the UK; partner of Shougang Group for the New Shougang International Talent Community.",
    country="GB")
org("jy-consultancy", "JY-Consultancy", "company", description="Consultancy; its General Manager took part in the round-table.")
# Financial.
org("bank-of-beijing", "Bank of Beijing", "financial", country="CN")
org("shougang-fund", "Shougang Fund", "financial",
    description="Investment fund (general knowledge: of the Shougang Group; the text does not say so, so no tie records it).")
# Academic and research.
org("shanghai-academy-of-spaceflight-technology", "Shanghai Academy of Spaceflight Technology", "academic",
    description="Spaceflight research academy (general knowledge: part of China Aerospace Science and Technology Corporation); settled in the north part of Shougang Park.",
    country="CN")
org("casic-intelligent-academy", "Intelligent Science & Technology Academy of China Aerospace Science and Industry Corporation Limited", "academic",
    description="A research academy of CASIC; settled in the north part of Shougang Park.", country="CN")
org("metaverse-future-research-institute", "Metaverse Future Research Institute", "academic",
    description="Industry platform settled in Shijingshan.")
# Associations.
org("cast", "China Association for Science and Technology", "association", aliases=["CAST"], country="CN")
org("cast-science-fiction-industry-center", "Science Fiction Industry Center", "association",
    aliases=["Science Fiction Industry Center of the China Association for Science and Technology"],
    description="Industry platform of the China Association for Science and Technology settled in Shijingshan; typed like its parent (closest type).",
    country="CN")
org("adnrs", "ADNRS", "association", aliases=["Association Pour le Développement de la Nouvelle Route de la Soie"],
    description="Association for the development of the New Silk Road (French name; general knowledge: based in France).")
org("cccme", "China Chamber of Commerce for Import and Export of Mechanical and Electronic Products", "association",
    aliases=["CCCME"], country="CN")
org("acfroc", "All-China Federation of Returned Overseas Chinese", "association", aliases=["ACFROC"], country="CN")
org("chinese-youth-federation-of-europe", "Chinese Youth Federation of Europe", "association")
org("european-investment-counsel", "European Investment Counsel", "association",
    description="Typed as an association (closest reading of the name; the text gives no more).")
# Diplomatic and foreign government agencies.
org("singapore-embassy", "Singapore Embassy in China", "diplomatic", country="SG")
org("enterprise-singapore", "Enterprise Singapore", "diplomatic", aliases=["the Enterprise Singapore"],
    description="Singapore government agency for enterprise development and trade promotion (general knowledge); has a China Division.",
    country="SG")
org("nrw-global-business", "NRW. Global Business", "diplomatic", aliases=["NRW.Global Business"],
    description="Trade and investment agency of the German state of North Rhine-Westphalia (general knowledge); the text spells it \"NRW. Global Business\" and names its Beijing/Guangzhou office.")

# ---------------------------------------------------------------------------------------------------------------
# Events (8).
# ---------------------------------------------------------------------------------------------------------------
event("ciftis-2023", "China International Fair for Trade in Services 2023", aliases=["CIFTIS", "CIFTIS 2023"],
      description="The largest fair in the global services trade sector; commenced on 2023-09-02.", start="2023-09-02")
event("forum-2023", "Shijingshan International Open Cooperation Forum 2023",
      description="Opened on 2023-09-03 at Shougang Park; hosted by the Shijingshan District People's Government and Shougang Group, organized by Asia Digital Group.",
      start=FORUM_DAY, end=FORUM_DAY)
event("signing-ceremony", "Signing Ceremony for Key Projects in Shijingshan District",
      description="Held during the forum: representatives signed contracts with 40 enterprises.", start=FORUM_DAY, end=FORUM_DAY)
event("zone-launch", "Launch of the International Open Cooperation Zone",
      description="Ten named members jointly launched the International Open Cooperation Zone at the forum.", start=FORUM_DAY, end=FORUM_DAY)
event("round-table", "Round-table discussion \"Open Cooperation for a Shared Future\"",
      description="The forum's round-table, moderated by Zhang Li of Asia Digital Group.",
      theme="Open Cooperation for a Shared Future: Jointly Building a High-Level International Open Cooperation Zone",
      start=FORUM_DAY, end=FORUM_DAY)
event("global-trade-in-services-summit", "Global Trade in Services Summit",
      description="Summit of CIFTIS 2023 at which President Xi Jinping put forward a vision on open services (date not stated in the text).")
event("olympic-winter-games", "Olympic Winter Games", aliases=["Beijing Olympic Winter Games"],
      description="The Beijing 2022 Olympic Winter Games (general knowledge: 2022-02-04 to 2022-02-20).")
event("olympic-summer-games", "Beijing Olympic Summer Games",
      description="The Beijing 2008 Olympic Games (general knowledge: 2008-08-08 to 2008-08-24).")

# ---------------------------------------------------------------------------------------------------------------
# Places (10).
# ---------------------------------------------------------------------------------------------------------------
place("beijing", "Beijing", aliases=["Beijing Municipality", "the capital city"], country="CN")
place("shijingshan-district", "Shijingshan District", aliases=["Shijingshan", "Dual Olympic District"],
      description="District at the western gate of Beijing, \"birthplace of modern industry\"; the text calls it the \"Dual Olympic District\".",
      country="CN")
place("shougang-park", "Shougang Park", aliases=["the Shougang Park"],
      description="Former Shougang steelworks in Shijingshan District; venue of the forum.", country="CN")
place("new-shougang-area", "New Shougang High-End Industrial Integrated Service Area", aliases=["New Shougang Area", "New Shougang area"],
      description="The base of the planned International Open Cooperation Zone.", country="CN")
place("zhongguancun-shijingshan-science-park", "Zhongguancun Shijingshan Science Park",
      description="Reformed science park; revenue of 396 billion yuan in 2022.", country="CN", revenue2022="396 billion yuan")
place("beizhong-park", "Beizhong Science and Technology Cultural and Creative Industry Park", aliases=["Beizhong park"],
      description="Designated a pilot project under the purview of architects in Beijing and a city-level pilot for cultural spaces in aging factory buildings.",
      country="CN")
place("shougang-cultural-industrial-park", "Shougang Cultural Industrial Park",
      description="Recognised as a municipal-level cultural industrial park.", country="CN")
place("langyuan-park", "Langyuan Park", description="Recognised as a municipal-level cultural industrial park.", country="CN")
place("beijing-banking-insurance-park", "Beijing Banking & Insurance Business Park",
      description="The base on which the intelligent manufacturing industrial park builds.", country="CN")
place("changan-fin-axis", "Chang'an Fin-Axis",
      description="Financial axis underpinned by three credit card centers of banks; placed in Shijingshan by the context of the text.", country="CN")

# ---------------------------------------------------------------------------------------------------------------
# Initiatives and projects (8).
# ---------------------------------------------------------------------------------------------------------------
initiative("international-open-cooperation-zone", "International Open Cooperation Zone",
           aliases=["high-quality international open cooperation zone", "High-Level International Open Cooperation Zone",
                    "International Open Cooperation Zone in Shijingshan"],
           description="Planned zone based on the New Shougang area; to be a synergetic area for CIFTIS and a key construction area for the two zones.")
initiative("digital-currency-experimental-zone", "Comprehensive Experimental Zone for Digital Currency",
           description="Launched in Shijingshan District with the digital currency sci-fi application scenarios project.")
initiative("digital-currency-scenarios-project", "Digital currency sci-fi application scenarios project",
           description="Contracted project signed at the ceremony (the text gives no proper name).")
initiative("agi-models-project", "Large-scale artificial general intelligence models project",
           description="Contracted cooperation project on research, development and application of large-scale AGI models (the text gives no proper name).")
initiative("new-shougang-talent-community", "New Shougang International Talent Community",
           description="Construction to commence, a collaboration of Shougang Group and Jardine Matheson Group.")
initiative("intelligent-manufacturing-park", "Intelligent manufacturing industrial park",
           description="Developed by Shijingshan District with China Electronics Technology Group Corporation, building on the Beijing Banking & Insurance Business Park.")
initiative("shougang-park-commercial-building", "500,000 m2 high-quality commercial building",
           description="In the southeastern region of Shougang Park; developed and constructed by RGE; being released.")
initiative("two-zones", "Two zones", aliases=["\"two zones\"", "national integrated demonstration zone for greater openness in the service sector",
                                              "pilot free trade zone"],
           description="Beijing's national integrated demonstration zone for greater openness in the service sector and pilot free trade zone.",
           country="CN")

# ===============================================================================================================
# Ties
# ===============================================================================================================

# --- Positions: one tie per title, role = the title as written, held as observed at the forum. ----------------
position("xia-linmao", "beijing-municipal-government", "Executive Vice Mayor of Beijing",
         "Executive Vice Mayor of Beijing Xia Linmao", "Xia Linmao, Executive Vice Mayor of Beijing")
position("wang-dongtang", "mofcom-trade-in-services-department",
         "Director of the Department of Trade in Services and Commercial Services of the Ministry of Commerce",
         ("Director of the Department of Trade in Services and Commercial Services of the Ministry of Commerce Wang Dongtang", 0),
         ("Director of the Department of Trade in Services and Commercial Services of the Ministry of Commerce Wang Dongtang", 1))
position("chang-wei", "shijingshan-district-committee", "Secretary of the Shijingshan District Committee of Beijing Municipality",
         "Secretary of the Shijingshan District Committee of Beijing Municipality Chang Wei",
         "Chang Wei, Secretary of the Shijingshan District Committee of Beijing Municipality")
position("li-xin", "shijingshan-district-government", "Mayor of Shijingshan District",
         ("Li Xin, Mayor of Shijingshan District", 0), ("Li Xin, Mayor of Shijingshan District", 1))
position("liu-meiying", "two-zones-office", "Full-Time Deputy Director of the \"Two Zones\" Office in Beijing",
         "Liu Meiying, Full-Time Deputy Director of the \"Two Zones\" Office in Beijing",
         "Full-Time Deputy Director of the \"Two Zones\" Office in Beijing Liu Meiying")
position("liang-jie", "shougang-group", "Deputy General Manager of Shougang Group",
         "Liang Jie, Deputy General Manager of Shougang Group", "Deputy General Manager of Shougang Group Liang Jie")
position("jonathan-nelson", "populous", "Global Head of Digital at Populous", "Jonathan Nelson, Global Head of Digital at Populous")
position("lionel-chen", "adnrs", "President of ADNRS",
         "Lionel CHEN, President of ADNRS (Association Pour le Développement de la Nouvelle Route de la Soie)",
         "President of ADNRS Lionel CHEN")
position("li-xianxia", "shijingshan-district-government", "Executive Vice Mayor of Shijingshan District",
         "Executive Vice Mayor of Shijingshan District Li Xianxia")
position("li-wenhua", "shijingshan-district-government", "Vice Mayor of Shijingshan District",
         "Vice Mayor of Shijingshan District Li Wenhua")
position("wang-jin", "bank-of-beijing", "Vice President of Bank of Beijing", "Vice President of Bank of Beijing Wang Jin")
position("wang-zhiyong", "shijingshan-district-government", "Vice Mayor of Shijingshan District",
         ("Vice Mayor of Shijingshan District Wang Zhiyong", 0), ("Vice Mayor of Shijingshan District Wang Zhiyong", 1))
YAP = "Commercial Counselor of the Singapore Embassy in China and Director of the China Division of the Enterprise Singapore Yap Cheng Boon"
position("yap-cheng-boon", "singapore-embassy", "Commercial Counselor of the Singapore Embassy in China", YAP)
position("yap-cheng-boon", "enterprise-singapore", "Director of the China Division of the Enterprise Singapore", YAP)
ZHENG = ("Chairman of the Expert Committee and Executive Vice President of the China Chamber of Commerce for Import and Export of "
         "Mechanical and Electronic Products Zheng Chao")
position("zheng-chao", "cccme", "Chairman of the Expert Committee", ZHENG, confidence=0.9,
         note="the text names no organization for this title; read as the chamber's expert committee, the organization of the title joined to it")
position("zheng-chao", "cccme",
         "Executive Vice President of the China Chamber of Commerce for Import and Export of Mechanical and Electronic Products", ZHENG)
XIE = ("Overseas Member of the All-China Federation of Returned Overseas Chinese and Vice Chairman of the European Investment Counsel "
       "Xie Xiaochu")
position("xie-xiaochu", "acfroc", "Overseas Member of the All-China Federation of Returned Overseas Chinese", XIE)
position("xie-xiaochu", "european-investment-counsel", "Vice Chairman of the European Investment Counsel", XIE)
ZHOU = ("Overseas Member of the All-China Federation of Returned Overseas Chinese and President of the Chinese Youth Federation of "
        "Europe Zhou Yanjun")
position("zhou-yanjun", "acfroc", "Overseas Member of the All-China Federation of Returned Overseas Chinese", ZHOU)
position("zhou-yanjun", "chinese-youth-federation-of-europe", "President of the Chinese Youth Federation of Europe", ZHOU)
FENG = "Chief Representative of the NRW. Global Business in Beijing/Guangzhou Feng Xingliang"
position("feng-xingliang", "nrw-global-business", "Chief Representative of the NRW. Global Business in Beijing/Guangzhou",
         (FENG, 0), (FENG, 1))
position("sun-youning", "rge", "Managing Director of the Property Unit of RGE Group",
         "Managing Director of the Property Unit of RGE Group Sun Youning")
position("shen-zhuolin", "shougang-fund", "CEO of Shougang Fund",
         ("CEO of Shougang Fund Shen Zhuolin", 0), ("CEO of Shougang Fund Shen Zhuolin", 1))
position("zhang-li", "asia-digital-group", "Executive Vice President of Asia Digital Group",
         "Executive Vice President of Asia Digital Group Zhang Li")
position("benny-lee", "rge", "Executive Vice President of RGE", "Executive Vice President of RGE Benny Lee")
position("wendy-zhao", "jy-consultancy", "General Manager of JY-Consultancy", "General Manager of JY-Consultancy Wendy Zhao")
position("xi-jinping", "china-state", "President", "President Xi Jinping")

# --- Organizational structure. ---------------------------------------------------------------------------------
tie("mofcom-trade-in-services-department", "PART_OF", "ministry-of-commerce",
    [("Department of Trade in Services and Commercial Services of the Ministry of Commerce", 0)], attributes=REPORTED)
tie("cnsa-lunar-exploration-center", "PART_OF", "cnsa",
    ["Lunar Exploration and Space Program Center of the China National Space Administration"], attributes=REPORTED)
tie("casic-intelligent-academy", "PART_OF", "casic",
    ["Intelligent Science & Technology Academy of China Aerospace Science and Industry Corporation Limited"], attributes=REPORTED)
tie("cast-science-fiction-industry-center", "PART_OF", "cast",
    ["Science Fiction Industry Center of the China Association for Science and Technology"], attributes=REPORTED)

# --- The forum: hosts, organizer, venue, place in CIFTIS. ------------------------------------------------------
HOSTED_BY = ("It was hosted by the Shijingshan District People's Government of Beijing Municipality and Shougang Group and "
             "organized by Asia Digital Group.")
on_forum_day("shijingshan-district-government", "HOSTED", "forum-2023", [HOSTED_BY], role="host")
on_forum_day("shougang-group", "HOSTED", "forum-2023", [HOSTED_BY], role="host")
on_forum_day("asia-digital-group", "ORGANIZED", "forum-2023", [HOSTED_BY], role="organizer")
on_forum_day("chang-wei", "HOSTED", "forum-2023", ["As the host of the forum, Chang Wei"], role="host of the forum",
             note="a person: the Secretary of the district committee, speaking for the host district")
on_forum_day("forum-2023", "LOCATED_IN", "shougang-park",
             ["the Shijingshan International Open Cooperation Forum 2023 opened on September 3 at the Shougang Park in Shijingshan District"])
on_forum_day("forum-2023", "PART_OF", "ciftis-2023",
             ["The China International Fair for Trade in Services 2023 (CIFTIS), the largest fair in the global services trade sector, commenced on September 2.",
              "Leveraging its host location, the Shijingshan International Open Cooperation Forum 2023 opened on September 3"],
             confidence=0.8,
             note="the text places the forum during CIFTIS at its host location but does not call it a CIFTIS session outright")
SUMMIT_WINDOW = {"dateBasis": "not stated; bounded by the opening of CIFTIS (2023-09-02) and the release (2023-09-05)"}
tie("global-trade-in-services-summit", "PART_OF", "ciftis-2023", ["the Global Trade in Services Summit of the CIFTIS"],
    start="2023-09-02", end="2023-09-05", attributes=SUMMIT_WINDOW)
tie("xi-jinping", "SPOKE_AT", "global-trade-in-services-summit",
    ["the vision put forward by President Xi Jinping at the Global Trade in Services Summit of the CIFTIS"],
    role="address", start="2023-09-02", end="2023-09-05", attributes=SUMMIT_WINDOW)
tie("ciftis-2023", "LOCATED_IN", "shijingshan-district",
    ["Leveraging its host location",
     "Shijingshan District is experiencing a rapid convergence of national and international platforms such as the Olympic Winter Games and the CIFTIS"],
    start="2023-09-02", confidence=0.8,
    attributes={"extent": "partly", "note": "the text calls Shijingshan the fair's host location; general knowledge: CIFTIS 2023 also used the China National Convention Center"})

# --- Sub-events of the forum. -----------------------------------------------------------------------------------
on_forum_day("signing-ceremony", "PART_OF", "forum-2023",
             ["During the forum, the Signing Ceremony for Key Projects in Shijingshan District was held."])
on_forum_day("zone-launch", "PART_OF", "forum-2023",
             ["A group of distinguished individuals has jointly launched the International Open Cooperation Zone."],
             confidence=0.9, note="told within the account of the forum, between the signing ceremony and the ensuing round-table")
on_forum_day("round-table", "PART_OF", "forum-2023", ["During the ensuing round-table discussion"],
             confidence=0.9, note="\"ensuing\": follows the launch within the account of the forum")
on_forum_day("zone-launch", "LAUNCHED", "international-open-cooperation-zone",
             ["A group of distinguished individuals has jointly launched the International Open Cooperation Zone."])

# --- Speeches. --------------------------------------------------------------------------------------------------
ADDRESSED = ("Executive Vice Mayor of Beijing Xia Linmao, Director of the Department of Trade in Services and Commercial Services of "
             "the Ministry of Commerce Wang Dongtang, and Secretary of the Shijingshan District Committee of Beijing Municipality "
             "Chang Wei addressed the forum")
on_forum_day("xia-linmao", "SPOKE_AT", "forum-2023", [ADDRESSED, "In his speech, Xia Linmao, Executive Vice Mayor of Beijing, highlighted"],
             role="address")
on_forum_day("wang-dongtang", "SPOKE_AT", "forum-2023",
             [ADDRESSED[ADDRESSED.index("Wang Dongtang"):],
              "Director of the Department of Trade in Services and Commercial Services of the Ministry of Commerce Wang Dongtang highlighted"],
             role="address")
on_forum_day("chang-wei", "SPOKE_AT", "forum-2023",
             ["Chang Wei addressed the forum",
              "As the host of the forum, Chang Wei, Secretary of the Shijingshan District Committee of Beijing Municipality, emphasized"],
             role="address")
KEYNOTES = ("Keynote speakers included Li Xin, Mayor of Shijingshan District, Liu Meiying, Full-Time Deputy Director of the \"Two Zones\" "
            "Office in Beijing, Liang Jie, Deputy General Manager of Shougang Group, Jonathan Nelson, Global Head of Digital at Populous, "
            "and Lionel CHEN")


def keynote_through(name):
    """The keynote sentence from its start through the speaker's name: the clause that states the tie."""
    return KEYNOTES[:KEYNOTES.index(name) + len(name)]


on_forum_day("li-xin", "SPOKE_AT", "forum-2023",
             [keynote_through("Li Xin"), "Li Xin, Mayor of Shijingshan District, gave a keynote speech"], role="keynote speech")
for speaker_id, speaker_name in [("liu-meiying", "Liu Meiying"), ("liang-jie", "Liang Jie"),
                                 ("jonathan-nelson", "Jonathan Nelson"), ("lionel-chen", "Lionel CHEN")]:
    on_forum_day(speaker_id, "SPOKE_AT", "forum-2023", [keynote_through(speaker_name)], role="keynote speech")

# --- Signing ceremony: the four signatories, and the two projects the text singles out. ------------------------
CEREMONY = "During the forum, the Signing Ceremony for Key Projects in Shijingshan District was held."
SIGNED = "signed contracts with 40 enterprises"
for signatory_id, entry in [("li-xianxia", "Executive Vice Mayor of Shijingshan District Li Xianxia"),
                            ("li-wenhua", "Vice Mayor of Shijingshan District Li Wenhua"),
                            ("liang-jie", "Deputy General Manager of Shougang Group Liang Jie"),
                            ("wang-jin", "Vice President of Bank of Beijing Wang Jin")]:
    on_forum_day(signatory_id, "PARTICIPATED_IN", "signing-ceremony", [CEREMONY, entry, SIGNED], role="signatory")
on_forum_day("agi-models-project", "PART_OF", "signing-ceremony",
             ["One notable cooperation project aims to promote the research, development, and innovative application of large-scale artificial general intelligence models.",
              "The contracted projects span various fields"],
             confidence=0.9, note="one of the contracted projects; the text does not name its parties")
on_forum_day("digital-currency-scenarios-project", "PART_OF", "signing-ceremony",
             ["Another noteworthy project focuses on the implementation of digital currency sci-fi application scenarios."],
             confidence=0.9, note="one of the contracted projects; the text does not name its parties")
on_forum_day("digital-currency-scenarios-project", "LAUNCHED", "digital-currency-experimental-zone",
             ["marks the launch of the Comprehensive Experimental Zone for Digital Currency in Shijingshan District"])
tie("digital-currency-experimental-zone", "LOCATED_IN", "shijingshan-district",
    ["Comprehensive Experimental Zone for Digital Currency in Shijingshan District"], attributes=REPORTED)
tie("agi-models-project", "LOCATED_IN", "shijingshan-district",
    ["the construction of an industrial development cluster in this field with regional influence in Shijingshan District"],
    confidence=0.9, attributes={**REPORTED, "note": "the project serves a cluster the text places in Shijingshan District"})

# --- The launch of the International Open Cooperation Zone: ten members. ---------------------------------------
LAUNCH = ("A group of distinguished individuals has jointly launched the International Open Cooperation Zone. The members include")
LAUNCH_ANCHOR = "The members include"
for member_id, entry in [
        ("wang-zhiyong", "Vice Mayor of Shijingshan District Wang Zhiyong"),
        ("yap-cheng-boon", YAP),
        ("zheng-chao", ZHENG),
        ("liu-meiying", "Full-Time Deputy Director of the \"Two Zones\" Office in Beijing Liu Meiying"),
        ("xie-xiaochu", XIE),
        ("zhou-yanjun", ZHOU),
        ("feng-xingliang", FENG),
        ("lionel-chen", "President of ADNRS Lionel CHEN"),
        ("sun-youning", "Managing Director of the Property Unit of RGE Group Sun Youning"),
        ("shen-zhuolin", "CEO of Shougang Fund Shen Zhuolin")]:
    evidence = [LAUNCH, (entry, LAUNCH_ANCHOR)]
    on_forum_day(member_id, "LAUNCHED", "international-open-cooperation-zone", evidence, role="launching member")
    on_forum_day(member_id, "PARTICIPATED_IN", "zone-launch", evidence, role="launching member")

# --- Round-table: moderator and the five named attendees. ------------------------------------------------------
on_forum_day("zhang-li", "MODERATED", "round-table",
             ["During the ensuing round-table discussion, Executive Vice President of Asia Digital Group Zhang Li assumed the role of the moderator"],
             role="moderator")
ATTENDEES = "alongside distinguished attendees including"
for attendee_id, entry in [("wang-zhiyong", "Vice Mayor of Shijingshan District Wang Zhiyong"),
                           ("benny-lee", "Executive Vice President of RGE Benny Lee"),
                           ("shen-zhuolin", "CEO of Shougang Fund Shen Zhuolin"),
                           ("wendy-zhao", "General Manager of JY-Consultancy Wendy Zhao"),
                           ("feng-xingliang", FENG)]:
    on_forum_day(attendee_id, "ATTENDED", "round-table", [ATTENDEES, (entry, ATTENDEES)], role="round-table participant")

# --- Places: what lies where. ----------------------------------------------------------------------------------
tie("shougang-park", "LOCATED_IN", "shijingshan-district", ["the Shougang Park in Shijingshan District"], attributes=REPORTED)
tie("shijingshan-district", "LOCATED_IN", "beijing", ["Shijingshan, located at the western gate of the capital city"], attributes=REPORTED)
tie("beijing-municipal-government", "LOCATED_IN", "beijing", ["With unwavering backing from the People's Government of Beijing Municipality"],
    attributes={**REPORTED, "relation": "jurisdiction"})
tie("shijingshan-district-government", "LOCATED_IN", "shijingshan-district",
    [("Shijingshan District People's Government of Beijing Municipality", 0)], attributes={**REPORTED, "relation": "jurisdiction"})
tie("shijingshan-district-committee", "LOCATED_IN", "shijingshan-district",
    [("Shijingshan District Committee of Beijing Municipality", 0)], attributes={**REPORTED, "relation": "jurisdiction"})
tie("two-zones-office", "LOCATED_IN", "beijing", [("\"Two Zones\" Office in Beijing", 0)], attributes=REPORTED)
NORTH_PART = "The north part of the Shougang Park has seen the arrival of over 200 outstanding enterprises and institutions, including"
for settler_id, entry in [("tencent", "Tencent"), ("baidu", "Baidu"),
                          ("shanghai-academy-of-spaceflight-technology", "the Shanghai Academy of Spaceflight Technology"),
                          ("cnsa-lunar-exploration-center", "the Lunar Exploration and Space Program Center"),
                          ("casic-intelligent-academy", "the Intelligent Science & Technology Academy")]:
    tie(settler_id, "LOCATED_IN", "shougang-park", [NORTH_PART, (entry, NORTH_PART)],
        attributes={**REPORTED, "area": "north part of Shougang Park"})
SETTLED_HERE = ("Additionally, industry platforms like the Science Fiction Industry Center of the China Association for Science and "
                "Technology and the Metaverse Future Research Institute have also settled here.")
for settler_id in ["cast-science-fiction-industry-center", "metaverse-future-research-institute"]:
    tie(settler_id, "LOCATED_IN", "shijingshan-district", [SETTLED_HERE],
        attributes={**REPORTED, "note": "\"here\" is Shijingshan, the subject of the surrounding sentences"})
tie("international-open-cooperation-zone", "LOCATED_IN", "shijingshan-district",
    ["a high-quality international open cooperation zone in Shijingshan", "the International Open Cooperation Zone in Shijingshan"],
    attributes=REPORTED)
tie("international-open-cooperation-zone", "LOCATED_IN", "new-shougang-area",
    ["the International Open Cooperation Zone, based on the New Shougang area and its surrounding interconnected industry spaces"],
    attributes=REPORTED)
tie("new-shougang-area", "LOCATED_IN", "shijingshan-district",
    ["Capitalizing on the rapid advancement of industries in the New Shougang Area, Shijingshan District is proactively devising plans"],
    confidence=0.9, attributes={**REPORTED, "note": "the district plans on the area's basis; the text does not state the location outright"})
tie("zhongguancun-shijingshan-science-park", "LOCATED_IN", "shijingshan-district",
    ["the reformed Zhongguancun Shijingshan Science Park has yielded a remarkable revenue of 396 billion yuan in 2022"],
    attributes={**REPORTED, "note": "in the district's account of its industries; the park's name carries the district's"})
CULTURAL_PARKS = "Shijingshan District also attaches great importance to high-quality cultural and creative parks."
tie("beizhong-park", "LOCATED_IN", "shijingshan-district",
    [CULTURAL_PARKS, "Particularly noteworthy is the Beizhong Science and Technology Cultural and Creative Industry Park"], attributes=REPORTED)
MUNICIPAL_PARKS = ("both the Shougang Cultural Industrial Park and Langyuan Park have received recognition as municipal-level cultural "
                   "industrial parks")
tie("shougang-cultural-industrial-park", "LOCATED_IN", "shijingshan-district", [CULTURAL_PARKS, MUNICIPAL_PARKS], attributes=REPORTED)
tie("langyuan-park", "LOCATED_IN", "shijingshan-district", [CULTURAL_PARKS, MUNICIPAL_PARKS], attributes=REPORTED)
tie("changan-fin-axis", "LOCATED_IN", "shijingshan-district",
    ["The emergence of the Chang'an Fin-Axis has heralded the establishment of a novel consumer finance paradigm"],
    confidence=0.8, attributes={**REPORTED, "note": "placed by context: the paragraph describes Shijingshan District's industrial system"})
tie("shougang-park-commercial-building", "LOCATED_IN", "shougang-park",
    ["the 500,000 m2 high-quality commercial building in the southeastern region of Shougang Park"],
    attributes={**REPORTED, "area": "southeastern region of Shougang Park"})
PIVOTAL = ("As a pivotal region in the preparation and hosting of both the Beijing Olympic Summer and Winter Games, Shijingshan District "
           "has played a crucial role")
tie("olympic-winter-games", "LOCATED_IN", "shijingshan-district", [PIVOTAL], confidence=0.9,
    attributes={"extent": "partly", "note": "Shijingshan was a region of the Games, not its only venue"})
tie("olympic-summer-games", "LOCATED_IN", "shijingshan-district", [PIVOTAL], confidence=0.9,
    attributes={"extent": "partly", "note": "Shijingshan was a region of the Games, not its only venue"})

# --- The two zones. ---------------------------------------------------------------------------------------------
tie("two-zones", "LOCATED_IN", "beijing",
    ["Beijing's role as both national integrated demonstration zone for greater openness in the service sector and pilot free trade zone"],
    attributes=REPORTED)
tie("shijingshan-district-government", "PARTICIPATED_IN", "two-zones",
    ["Shijingshan is actively capitalizing on the opportunities presented by the \"two zones\" construction"],
    attributes={**REPORTED, "asWritten": "Shijingshan"})
tie("international-open-cooperation-zone", "PART_OF", "two-zones", ["a key construction area for the two zones"],
    confidence=0.8, attributes={**REPORTED, "status": "planned: the zone \"will serve as\" one"})

# --- Development and partnership. ------------------------------------------------------------------------------
tie("shijingshan-district-government", "DEVELOPS", "international-open-cooperation-zone",
    ["Shijingshan District is proactively devising plans to establish a pinnacle",
     "Shijingshan District will center its efforts on the construction of the International Open Cooperation Zone"],
    attributes={**REPORTED, "asWritten": "Shijingshan District"})
CETC_PARK = ("Shijingshan District and China Electronics Technology Group Corporation have collaborated to develop an intelligent "
             "manufacturing industrial park")
tie("shijingshan-district-government", "DEVELOPS", "intelligent-manufacturing-park", [CETC_PARK],
    attributes={**REPORTED, "asWritten": "Shijingshan District"})
tie("cetc", "DEVELOPS", "intelligent-manufacturing-park", [CETC_PARK], attributes=REPORTED)
tie("shijingshan-district-government", "PARTNERS_WITH", "cetc", [CETC_PARK],
    role="co-developers of the intelligent manufacturing industrial park", attributes={**REPORTED, "asWritten": "Shijingshan District"})
tie("intelligent-manufacturing-park", "BUILDS_ON", "beijing-banking-insurance-park",
    ["Building upon the Beijing Banking & Insurance Business Park"],
    attributes={**REPORTED, "note": "custom type: the text says the park builds upon the business park, not that it lies inside it"})
tie("rge", "DEVELOPS", "shougang-park-commercial-building", ["a project developed and constructed by Singapore's RGE"],
    attributes={**REPORTED, "status": "ongoing release"})
JARDINE = ("the collaboration between Shougang Group and Jardine Matheson Group from the UK is poised to commence construction on the "
           "New Shougang International Talent Community")
tie("shougang-group", "PARTNERS_WITH", "jardine-matheson", [JARDINE], role="New Shougang International Talent Community",
    attributes={**REPORTED, "status": "construction about to commence"})
tie("shougang-group", "DEVELOPS", "new-shougang-talent-community", [JARDINE],
    attributes={**REPORTED, "status": "construction about to commence"})
tie("jardine-matheson", "DEVELOPS", "new-shougang-talent-community", [JARDINE],
    attributes={**REPORTED, "status": "construction about to commence"})

tie("international-open-cooperation-zone", "SUPPORTS", "ciftis-2023",
    ["The zone will serve as a synergetic area for the CIFTIS"],
    confidence=0.8, attributes={**REPORTED, "status": "planned: the zone \"will serve as\" one"})

# --- Support between governments. ------------------------------------------------------------------------------
MOFCOM_SUPPORT = "The Ministry of Commerce will continue to support Beijing and Shijingshan District in expanding their opening to the world"
tie("ministry-of-commerce", "SUPPORTS", "beijing-municipal-government", [MOFCOM_SUPPORT], attributes={**REPORTED, "asWritten": "Beijing"})
tie("ministry-of-commerce", "SUPPORTS", "shijingshan-district-government", [MOFCOM_SUPPORT],
    attributes={**REPORTED, "asWritten": "Shijingshan District"})
tie("beijing-municipal-government", "SUPPORTS", "shijingshan-district-government",
    ["With unwavering backing from the People's Government of Beijing Municipality, Shijingshan District"],
    attributes={**REPORTED, "asWritten": "Shijingshan District"})


def write_json(path):
    """One stakeholder per line and one tie per block with one evidence item per line: readable and diffable."""
    def dumps(value):
        return json.dumps(value, ensure_ascii=False)

    lines = ["{",
             '  "format": "stakeholders-network",',
             '  "version": 1,',
             f'  "title": {dumps("Shijingshan International Open Cooperation Forum 2023")},',
             '  "description": ' + dumps(
                 "Curated seed network: every stakeholder and tie named or stated in the PR Newswire release "
                 "\"BEIJING, Sept. 5, 2023 /PRNewswire/\" on the forum, made by hand from a full read of the text "
                 "(see seeds/README.md). Every tie quotes the release verbatim with its character offset.") + ",",
             '  "documents": [',
             "    " + dumps({
                 "id": DOC_ID,
                 "title": "Shijingshan International Open Cooperation Forum 2023 opens at Shougang Park during CIFTIS 2023 (PR Newswire press release)",
                 "url": None, "published": "2023-09-05", "path": DOC_PATH,
                 "publisher": "PR Newswire", "dateline": "BEIJING, Sept. 5, 2023 /PRNewswire/"}),
             "  ],",
             '  "stakeholders": [']
    lines += ["    " + dumps(s) + ("," if i < len(stakeholders) - 1 else "") for i, s in enumerate(stakeholders)]
    lines += ["  ],", '  "ties": [']
    for i, t in enumerate(ties):
        head = {k: v for k, v in t.items() if k not in ("evidence", "attributes")}
        lines.append("    " + dumps(head)[:-1] + ',')
        lines.append('     "evidence": [')
        lines += ["       " + dumps(e) + ("," if j < len(t["evidence"]) - 1 else "") for j, e in enumerate(t["evidence"])]
        lines.append('     ],')
        lines.append('     "attributes": ' + dumps(t["attributes"]) + "}" + ("," if i < len(ties) - 1 else ""))
    lines += ["  ]", "}"]
    text = "\n".join(lines) + "\n"
    json.loads(text)  # the hand-rolled layout must still be valid JSON
    with open(path + ".tmp", "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


if __name__ == "__main__":
    write_json(OUT_PATH)
    print(f"wrote {OUT_PATH}: {len(stakeholders)} stakeholders, {len(ties)} ties")
