using Stakeholders.Network.Extraction.Text;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction.Rules;

/// <summary>Pass 2: titles resolved to organizations, anaphora and short forms, and the relations the sentences state.</summary>
internal sealed partial class DocumentAnalysis
{
    private (int Sentence, string Type, Entity Object)? _collective;

    private Entity? ExistingGovernmentOf(Entity place)
    {
        var key = EntityRegistry.Key(place.Name);
        return _registry.All
            .Where(e => e.Kind == StakeholderKind.Organization && e.Type == OrganizationType.Government)
            .Where(e => EntityRegistry.Key(e.Name).Contains(key, StringComparison.Ordinal) && EntityRegistry.Key(e.Name).Contains("government", StringComparison.Ordinal))
            .OrderBy(e => e.Name.Length)
            .FirstOrDefault();
    }

    private sealed record TriggerMatch(RelationRule Rule, int First, int End, int Start, int Stop);

    /// <summary>Turns the titles found in pass 1 into HOLDS_POSITION ties, now that every organization of the document is known.</summary>
    public void ResolveTitles()
    {
        var resolved = new List<(PendingTitle Title, Entity Org)>();
        var generic = new List<PendingTitle>();
        for (var index = 0; index < _pendingTitles.Count; index++)
        {
            var p = _pendingTitles[index];
            var sentence = _sentences[p.SentenceIndex];
            Entity? org = null;
            var rule = p.Rule;
            if (p.Implied is not null)
            {
                org = ResolveShortForm("the " + p.Implied, create: false);
                rule = "title-implied-org";
            }
            else if (p.OrgFirst >= 0)
            {
                var first = SkipThe(p.OrgFirst, p.OrgEnd);
                if (first >= p.OrgEnd)
                {
                    continue;
                }

                var text = Span(first, p.OrgEnd);
                if (_lex.GenericUnits.Contains(text))
                {
                    generic.Add(p);
                    continue;
                }

                if (IsPlacePhrase(first, p.OrgEnd))
                {
                    org = GovernmentOf(PlaceName(first, p.OrgEnd));
                    rule = "title-place-government";
                }
                else
                {
                    org = ProcessEntityPhrase(sentence, first, p.OrgEnd, forceOrganization: true, inner: true);
                    if (p.Rule == "title-implied-org" && _lastChainTop is not null)
                    {
                        org = _lastChainTop;
                    }

                    if (org is { Kind: StakeholderKind.Place })
                    {
                        org = GovernmentOf(org.Name);
                        rule = "title-place-government";
                    }
                }
            }

            if (org is null || org.Kind == StakeholderKind.Person)
            {
                continue;
            }

            foreach (var (_, alias) in _pendingAliases.Where(a => a.Title == index))
            {
                _registry.AddAlias(org, alias);
            }

            resolved.Add((p, org));
            _ties.Add(new FoundTie(p.Person, org, "HOLDS_POSITION", rule, p.QuoteStart, p.QuoteEnd, p.Role));
        }

        foreach (var p in generic)
        {
            // "Secretary of the Party Committee and Chairman of X": the party committee of X.
            var sibling = resolved.FirstOrDefault(r => r.Title.Person == p.Person && r.Title.SentenceIndex == p.SentenceIndex);
            if (sibling.Org is not null)
            {
                _ties.Add(new FoundTie(p.Person, sibling.Org, "HOLDS_POSITION", "title-implied-org", p.QuoteStart, p.QuoteEnd, p.Role));
            }
        }
    }

    private string PlaceName(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (Tok(i).Is("/"))
            {
                return Span(first, i);
            }
        }

        return Span(first, end);
    }

    /// <summary>The government of a place: the document's own name for it when it has one, otherwise "[place] government".</summary>
    private Entity GovernmentOf(string place)
    {
        var key = EntityRegistry.Key(place);
        Entity? best = null;
        foreach (var e in _registry.All)
        {
            if (e.Kind != StakeholderKind.Organization || e.Type != OrganizationType.Government)
            {
                continue;
            }

            foreach (var n in e.Aliases.Prepend(e.Name))
            {
                var k = EntityRegistry.Key(n);
                if (k.Contains(key, StringComparison.Ordinal) && k.Contains("government", StringComparison.Ordinal) && (best is null || n.Length < best.Name.Length))
                {
                    best = e;
                }
            }
        }

        if (best is not null)
        {
            best.Mentions++;
            return best;
        }

        var created = _registry.GetOrAdd(place + " government", StakeholderKind.Organization, OrganizationType.Government);
        created.HeadWord = "Government";
        return created;
    }

    private Entity? ResolveShortForm(string phrase, bool create)
    {
        if (!_lex.ShortForms.TryGetValue(phrase, out var words))
        {
            var lower = _lex.ShortForms.FirstOrDefault(kv => string.Equals(kv.Key, phrase, StringComparison.OrdinalIgnoreCase));
            words = lower.Value;
            if (words is null)
            {
                return null;
            }
        }

        Entity? best = null;
        foreach (var e in _registry.All)
        {
            if (e.Kind == StakeholderKind.Person || EntityRegistry.Key(e.Name) == EntityRegistry.Key(phrase))
            {
                continue;
            }

            var k = EntityRegistry.Key(e.Name);
            if (words.All(w => k.Contains(w.ToLowerInvariant(), StringComparison.Ordinal)) && (best is null || e.Name.Length < best.Name.Length))
            {
                best = e;
            }
        }

        if (best is null && create && phrase.Contains("government", StringComparison.OrdinalIgnoreCase))
        {
            var name = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? phrase[4..] : phrase;
            best = _registry.GetOrAdd(name, StakeholderKind.Organization, OrganizationType.Government);
            best.HeadWord = "government";
        }

        return best;
    }

    private bool Covered(Sentence s, int first, int end) =>
        MentionsOf(s).Any(m => m.FirstToken < end && first < m.EndToken);

    private void AddLateMentions(Sentence s)
    {
        var mentions = MentionsOf(s);
        foreach (var (phrase, head) in _lex.EventAnaphora)
        {
            var words = phrase.Split(' ');
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                // "the forum", and "The forum" at the start of a sentence
                if (!Tok(t).Is(words[0]) && !(t == s.FirstToken && Tok(t).IsIgnoreCase(words[0])))
                {
                    continue;
                }

                var n = MatchWords(t, s.EndToken, words);
                if (n == 0 || Covered(s, t, t + n) || t + n < s.EndToken && Tok(t + n).IsCapitalized)
                {
                    continue;
                }

                var ev = ResolveEvent(head);
                if (ev is null)
                {
                    continue;
                }

                ev.Mentions++;
                mentions.Add(new Mention(ev, t, t + n, Tok(t).Start, Tok(t + n - 1).End, false));
            }
        }

        foreach (var phrase in _lex.ShortForms.Keys)
        {
            var words = phrase.Split(' ');
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                var n = MatchWords(t, s.EndToken, words);
                if (n == 0 || Covered(s, t, t + n) || !Tok(t).Is(words[0]) && !(t == s.FirstToken && Tok(t).IsIgnoreCase(words[0])))
                {
                    continue;
                }

                if (t + n < s.EndToken && Tok(t + n).IsCapitalized)
                {
                    continue;
                }

                var e = ResolveShortForm(phrase, create: true);
                if (e is null)
                {
                    continue;
                }

                e.Mentions++;
                mentions.Add(new Mention(e, t, t + n, Tok(t).Start, Tok(t + n - 1).End, false));
            }
        }

        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
    }

    private Entity? ResolveEvent(string head)
    {
        if (head == "*")
        {
            return _focusEvent;
        }

        bool Matches(Entity e) => e.Kind == StakeholderKind.Event
            && (string.Equals(e.HeadWord, head, StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith(head, StringComparison.OrdinalIgnoreCase)
                || e.Name.Split(' ').Any(w => string.Equals(w, head, StringComparison.OrdinalIgnoreCase)));
        if (_focusEvent is not null && Matches(_focusEvent))
        {
            return _focusEvent;
        }

        return _registry.All.FirstOrDefault(Matches);
    }

    // ---------------------------------------------------------------- relations

    private List<TriggerMatch> Triggers(Sentence s)
    {
        var all = new List<TriggerMatch>();
        foreach (var rule in _lex.Relations)
        {
            if (rule.Shape is "title" or "event-of" or "unit-of" or "adjacent-in")
            {
                continue;
            }

            foreach (var trigger in rule.Triggers)
            {
                var words = trigger.Split(' ');
                for (var t = s.FirstToken; t < s.EndToken; t++)
                {
                    var n = MatchWords(t, s.EndToken, words);
                    if (n > 0)
                    {
                        all.Add(new TriggerMatch(rule, t, t + n, Tok(t).Start, Tok(t + n - 1).End));
                    }
                }
            }
        }

        var accepted = new List<TriggerMatch>();
        foreach (var m in all.OrderByDescending(m => m.End - m.First).ThenBy(m => m.First))
        {
            if (!accepted.Any(a => a.First < m.End && m.First < a.End))
            {
                accepted.Add(m);
            }
        }

        accepted.Sort((a, b) => a.First.CompareTo(b.First));
        return accepted;
    }

    private void FindRelations(Sentence s)
    {
        var focusBefore = _focusEvent;
        var mentions = MentionsOf(s);
        var triggers = Triggers(s);
        for (var k = 0; k < triggers.Count; k++)
        {
            var tr = triggers[k];
            var boundary = k + 1 < triggers.Count ? triggers[k + 1].Start : s.End;
            var previousBoundary = k > 0 ? triggers[k - 1].Stop : s.Start;
            var type = tr.Rule.Type.Name;
            var rule = tr.Rule.Rule;
            switch (tr.Rule.Shape)
            {
                case "passive":
                {
                    var target = mentions.LastOrDefault(m => m.End <= tr.Start && m.Entity.Kind == StakeholderKind.Event && !m.Inner)?.Entity
                        ?? (Tok(s.FirstToken).Is("It") ? _focusEvent : null);
                    if (target is null)
                    {
                        break;
                    }

                    var targetMention = mentions.LastOrDefault(m => m.End <= tr.Start && m.Entity == target);
                    var agents = Actors(mentions.Where(m => m.Start >= tr.Stop && m.End <= boundary), allowPlaces: true);
                    foreach (var a in agents)
                    {
                        Add(a.Entity, target, type, rule, targetMention?.Start ?? s.Start, a.End);
                    }

                    _focusEvent = target;
                    break;
                }

                case "passive-object":
                {
                    var agents = Actors(mentions.Where(m => m.Start >= tr.Stop && m.End <= boundary), allowPlaces: false);
                    var obj = mentions.LastOrDefault(m => m.End <= tr.Start && m.Entity.Kind is StakeholderKind.Initiative or StakeholderKind.Place && !agents.Any(a => a.Entity == m.Entity));
                    if (obj is null)
                    {
                        break;
                    }

                    foreach (var a in agents)
                    {
                        Add(a.Entity, obj.Entity, type, rule, obj.Start, a.End);
                    }

                    break;
                }

                case "active":
                case "list":
                {
                    List<Mention> actors;
                    if (tr.Rule.Shape == "list")
                    {
                        actors = mentions.Where(m => m.Start >= tr.Stop && m.End <= boundary && m.Entity.Kind == StakeholderKind.Person).ToList();
                    }
                    else
                    {
                        var before = mentions.Where(m => m.End <= tr.Start && m.Start >= ClauseStart(s, tr.First)).ToList();
                        if (tr.First > s.FirstToken && Tok(tr.First - 1).Is("who"))
                        {
                            before = before.Where(m => m.Entity.Kind == StakeholderKind.Person).TakeLast(1).ToList();
                        }

                        actors = Actors(before, allowPlaces: false);
                    }

                    if (actors.Count == 0)
                    {
                        break;
                    }

                    var evMention = mentions.FirstOrDefault(m => m.Start >= tr.Stop && m.Entity.Kind == StakeholderKind.Event && !m.Inner)
                        ?? mentions.FirstOrDefault(m => m.Entity.Kind == StakeholderKind.Event && !m.Inner);
                    var ev = evMention?.Entity ?? _focusEvent;
                    if (ev is null)
                    {
                        break;
                    }

                    foreach (var a in actors)
                    {
                        var qs = Math.Min(a.Start, evMention?.Start ?? a.Start);
                        var qe = Math.Max(Math.Max(a.End, tr.Stop), evMention?.End ?? 0);
                        if (tr.Rule.Shape == "list")
                        {
                            qs = Math.Min(tr.Start, evMention?.Start ?? tr.Start);
                            qe = Math.Max(a.End, evMention?.End ?? 0);
                        }

                        Add(a.Entity, ev, type, rule, qs, qe);
                    }

                    _focusEvent = ev;
                    break;
                }

                case "collective":
                {
                    // "A group of distinguished individuals has jointly launched X. The members include A, B, C."
                    if (_collective is not { } pending || pending.Sentence != s.Index - 1)
                    {
                        break;
                    }

                    foreach (var p in mentions.Where(m => m.Start >= tr.Stop && m.Entity.Kind == StakeholderKind.Person && !m.Inner))
                    {
                        Add(p.Entity, pending.Object, pending.Type, rule, tr.Start, p.End);
                    }

                    break;
                }

                case "active-object":
                {
                    var before = mentions.Where(m => m.End <= tr.Start && m.Start >= ClauseStart(s, tr.First)).ToList();
                    var actors = Actors(before, allowPlaces: false);
                    var obj = mentions.FirstOrDefault(m => m.Start >= tr.Stop && m.End <= boundary && m.Entity.Kind is StakeholderKind.Initiative or StakeholderKind.Event or StakeholderKind.Organization && !m.Inner);
                    if (obj is not null && actors.Count == 0 && before.Count == 0)
                    {
                        _collective = (s.Index, type, obj.Entity);
                    }

                    if (obj is null || actors.Count == 0)
                    {
                        break;
                    }

                    foreach (var a in actors)
                    {
                        if (a.Entity != obj.Entity)
                        {
                            Add(a.Entity, obj.Entity, type, rule, a.Start, obj.End);
                        }
                    }

                    break;
                }

                case "said":
                {
                    Mention? person = null;
                    var words = tr.End - tr.First;
                    var persons = mentions.Where(m => m.Entity.Kind == StakeholderKind.Person && !m.Inner).ToList();
                    if (tr.Rule.Rule == "speech-said" && tr.Rule.Triggers.Contains("said") && Tok(tr.First).Text is "said" or "remarked" or "added" or "says")
                    {
                        person = persons.FirstOrDefault(m => m.FirstToken >= tr.End && m.FirstToken <= tr.End + 2)
                            ?? persons.LastOrDefault(m => m.EndToken <= tr.First && m.EndToken >= tr.First - 1);
                    }
                    else
                    {
                        person = persons.FirstOrDefault(m => m.FirstToken >= tr.End && m.FirstToken <= tr.End + 2)
                            ?? persons.FirstOrDefault(m => m.FirstToken <= s.FirstToken + 1 && m.End <= tr.Start);
                    }

                    _ = words;
                    if (person is null || _focusEvent is null)
                    {
                        break;
                    }

                    Add(person.Entity, _focusEvent, type, rule, Math.Min(tr.Start, person.Start), Math.Max(tr.Stop, person.End));
                    break;
                }

                case "between":
                {
                    var orgs = mentions.Where(m => !m.Inner && (m.Entity.Kind == StakeholderKind.Organization || m.Entity.Kind == StakeholderKind.Place && ExistingGovernmentOf(m.Entity) is not null))
                        .Select(m => m.Entity.Kind == StakeholderKind.Place ? m with { Entity = ExistingGovernmentOf(m.Entity)! } : m).ToList();
                    var betweenToken = FindWord(tr.First, Math.Min(s.EndToken, tr.End + 12), "between");
                    var withToken = Tok(tr.End - 1).Is("with") ? tr.End - 1 : FindWord(tr.End, Math.Min(s.EndToken, tr.End + 10), "with");
                    if (betweenToken >= 0)
                    {
                        var after = orgs.Where(m => m.FirstToken > betweenToken).Take(2).ToList();
                        if (after.Count == 2)
                        {
                            Add(after[0].Entity, after[1].Entity, type, rule, tr.Start, after[1].End);
                        }
                    }
                    else if (withToken >= 0)
                    {
                        var subject = orgs.LastOrDefault(m => m.End <= tr.Start && m.Start >= previousBoundary);
                        var objects = orgs.Where(m => m.FirstToken > withToken && m.End <= boundary).ToList();
                        if (subject is not null)
                        {
                            foreach (var o in tr.Rule.Shape == "between" && type == "SIGNED_AGREEMENT_WITH" ? objects.Take(1) : objects)
                            {
                                Add(subject.Entity, o.Entity, type, rule, subject.Start, o.End);
                            }
                        }
                    }
                    else
                    {
                        var pair = orgs.Where(m => m.End <= tr.Start && m.Start >= previousBoundary).TakeLast(2).ToList();
                        if (pair.Count == 2 && _text[pair[0].End..pair[1].Start].Contains(" and ", StringComparison.Ordinal))
                        {
                            Add(pair[0].Entity, pair[1].Entity, type, rule, pair[0].Start, tr.Stop);
                        }
                    }

                    break;
                }

                case "located":
                {
                    var inAt = -1;
                    for (var i = tr.End; i < Math.Min(s.EndToken, tr.End + 8); i++)
                    {
                        if (Tok(i).Is(",") || Tok(i).Is(";"))
                        {
                            break;
                        }

                        if (Tok(i).Is("in") || Tok(i).Is("at"))
                        {
                            inAt = i;
                            break;
                        }
                    }

                    if (inAt < 0)
                    {
                        var held = mentions.LastOrDefault(m => m.End <= tr.Start && !m.Inner && m.Entity.Kind == StakeholderKind.Event);
                        if (held is not null)
                        {
                            _focusEvent = held.Entity;
                        }

                        break;
                    }

                    var place = mentions.FirstOrDefault(m => m.FirstToken > inAt && m.FirstToken <= inAt + 2 && m.Entity.Kind == StakeholderKind.Place);
                    if (place is null)
                    {
                        break;
                    }

                    var subjectMention = mentions.LastOrDefault(m => m.End <= tr.Start && !m.Inner && m.Entity.Kind is StakeholderKind.Event or StakeholderKind.Organization or StakeholderKind.Initiative);
                    var subject = subjectMention?.Entity ?? (Tok(s.FirstToken).Is("It") ? _focusEvent : null);
                    if (subject is null || subject == place.Entity)
                    {
                        break;
                    }

                    Add(subject, place.Entity, type, rule, subjectMention?.Start ?? s.Start, place.End);
                    if (subject.Kind == StakeholderKind.Event)
                    {
                        subject.EventDate ??= DayIn(s);
                        _focusEvent = subject;
                    }

                    break;
                }
            }
        }

        NameByTheme(s);

        // The event a sentence names by anaphora ("the forum") is the one the next sentences talk about.
        var lastEvent = mentions.LastOrDefault(m => m.Entity.Kind == StakeholderKind.Event && !m.Inner && m.Entity == ResolveEventIfAnaphora(m));
        if (lastEvent is not null && _focusEvent == focusBefore)
        {
            _focusEvent = lastEvent.Entity;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?:the theme of|themed on|under the theme|with the theme)\\s*[\"\u201C]\\s*(?<theme>[^\"\u201D]{3,120}?)\\s*[\"\u201D]", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex ThemePattern();

    /// <summary>An event named only by a common noun ("round-table discussion") takes its theme into its name.</summary>
    private void NameByTheme(Sentence s)
    {
        var m = ThemePattern().Match(_text, s.Start, s.End - s.Start);
        if (!m.Success || _focusEvent is not { } ev || !_lex.EventPhrases.Contains(ev.Name, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var old = ev.Name;
        ev.Name = char.ToUpperInvariant(old[0]) + old[1..] + " \"" + m.Groups["theme"].Value + "\"";
        _registry.AddAlias(ev, old);
    }

    private Entity? ResolveEventIfAnaphora(Mention m) =>
        Tok(m.FirstToken).IsIgnoreCase("the") || !Tok(m.FirstToken).IsCapitalized ? m.Entity : null;

    private int ClauseStart(Sentence s, int token)
    {
        for (var i = token - 1; i >= s.FirstToken; i--)
        {
            if (Tok(i).Is(";"))
            {
                return Tok(i).End;
            }
        }

        return s.Start;
    }

    private int FindWord(int from, int to, string word)
    {
        for (var i = from; i < to; i++)
        {
            if (Tok(i).Is(word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The actors among mentions: the people if any are named, otherwise the organizations (and places when allowed).</summary>
    private static List<Mention> Actors(IEnumerable<Mention> mentions, bool allowPlaces)
    {
        var list = mentions.Where(m => !m.Inner).ToList();
        var people = list.Where(m => m.Entity.Kind == StakeholderKind.Person).ToList();
        if (people.Count > 0)
        {
            return Distinct(people);
        }

        return Distinct(list.Where(m => m.Entity.Kind == StakeholderKind.Organization || allowPlaces && m.Entity.Kind is StakeholderKind.Place or StakeholderKind.Initiative).ToList());
    }

    private static List<Mention> Distinct(List<Mention> mentions)
    {
        var seen = new HashSet<Entity>();
        return mentions.Where(m => seen.Add(m.Entity)).ToList();
    }

    private void Add(Entity source, Entity target, string type, string rule, int start, int end)
    {
        if (source == target || end <= start)
        {
            return;
        }

        _ties.Add(new FoundTie(source, target, type, rule, start, end, null));
    }
}
