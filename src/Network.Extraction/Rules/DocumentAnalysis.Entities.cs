using Stakeholders.Network.Extraction.Text;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction.Rules;

/// <summary>Pass 1, continued: organizations, events, places and initiatives, and the chains "X of Y" and "X in Y".</summary>
internal sealed partial class DocumentAnalysis
{
    private Entity? _lastChainTop;

    private sealed record Classification(StakeholderKind Kind, OrganizationType Type, string Name, string Head);

    /// <summary>The longest head word (or words) that ends the phrase and says what it names, or "".</summary>
    private string HeadOf(int first, int end)
    {
        var c = Classify(first, end, false);
        return c?.Head ?? string.Empty;
    }

    private string PhraseText(int first, int end)
    {
        first = SkipThe(first, end);
        return first < end ? Span(first, end) : string.Empty;
    }

    private Classification? Classify(int first, int end, bool forceOrganization)
    {
        first = SkipThe(first, end);
        if (first >= end)
        {
            return null;
        }

        var name = Span(first, end);
        if (_lex.KnownOrganizations.TryGetValue(name, out var known))
        {
            return new Classification(StakeholderKind.Organization, known, name, name);
        }

        if (_lex.KnownPlaces.Contains(name))
        {
            return new Classification(StakeholderKind.Place, OrganizationType.Unspecified, name, name);
        }

        if (_registry.Find(name) is { } found && found.Kind != StakeholderKind.Person)
        {
            return new Classification(found.Kind, found.Type, name, found.HeadWord);
        }

        // "Shijingshan District People's Government of Beijing Municipality": named after a place, classified by what comes before.
        for (var i = end - 2; i > first; i--)
        {
            if (Tok(i).Is("of") && Classify(i + 1, end, false) is { Kind: StakeholderKind.Place } && Classify(first, i, false) is { Kind: not StakeholderKind.Place } before)
            {
                return before with { Name = name };
            }
        }

        // "Signing Ceremony for Key Projects", "China International Fair for Trade in Services 2023": an event word followed by its subject.
        for (var i = first + 1; i < end - 1; i++)
        {
            if (Tok(i).IsCapitalized && _lex.EventHeads.Contains(Tok(i).Text) && Tok(i + 1).Text is "for" or "on")
            {
                return new Classification(forceOrganization ? StakeholderKind.Organization : StakeholderKind.Event, OrganizationType.Unspecified, name, Tok(i).Text);
            }

            var two = i > first ? Tok(i - 1).Text + " " + Tok(i).Text : string.Empty;
            if (Tok(i).IsCapitalized && (_lex.InitiativeHeads.Contains(Tok(i).Text) || _lex.InitiativeHeads.Contains(two)) && Tok(i + 1).Text is "for" or "on" && !forceOrganization)
            {
                return new Classification(StakeholderKind.Initiative, OrganizationType.Unspecified, name, Tok(i).Text);
            }
        }

        // "China Association for Science and Technology", "Shanghai Academy of Spaceflight Technology": an organization word
        // followed by what the organization is for or of.
        for (var i = first; i < end - 1; i++)
        {
            if (Tok(i).IsCapitalized && Tok(i + 1).Text is "for" or "of" && _lex.OrganizationHeads.TryGetValue(Tok(i).Text, out var headType) && (i > first || _lex.OrganizationStarts.ContainsKey(Tok(i).Text + " " + Tok(i + 1).Text)))
            {
                return new Classification(StakeholderKind.Organization, headType, name, Tok(i).Text);
            }
        }

        var words = new List<string>();
        for (var i = first; i < end; i++)
        {
            words.Add(Tok(i).Text);
        }

        var lastIndex = words.Count - 1;
        if (Tok(end - 1).IsYear && lastIndex > 0)
        {
            lastIndex--;
        }

        string best = string.Empty;
        var kind = StakeholderKind.Organization;
        var type = OrganizationType.Unspecified;
        var bestRank = int.MaxValue;

        void Consider(string head, StakeholderKind k, OrganizationType t, int rank)
        {
            var n = head.Split(' ').Length;
            if (n > lastIndex + 1)
            {
                return;
            }

            var tail = string.Join(' ', words.Skip(lastIndex + 1 - n).Take(n));
            if (!string.Equals(tail, head, k == StakeholderKind.Event ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return;
            }

            if (head.Length > best.Length || head.Length == best.Length && rank < bestRank)
            {
                best = head;
                kind = k;
                type = t;
                bestRank = rank;
            }
        }

        foreach (var h in _lex.EventHeads)
        {
            Consider(h, StakeholderKind.Event, OrganizationType.Unspecified, 0);
        }

        foreach (var (h, t) in _lex.OrganizationHeads)
        {
            Consider(h, StakeholderKind.Organization, t, 1);
        }

        foreach (var h in _lex.PlaceHeads)
        {
            Consider(h, StakeholderKind.Place, OrganizationType.Unspecified, 2);
        }

        foreach (var h in _lex.InitiativeHeads)
        {
            Consider(h, StakeholderKind.Initiative, OrganizationType.Unspecified, 3);
        }

        if (best.Length > 0 && best.Length == name.Length && kind != StakeholderKind.Event)
        {
            // a head word alone ("Committee", "District") names nothing
            return forceOrganization ? new Classification(StakeholderKind.Organization, type, name, best) : null;
        }

        foreach (var (start, t) in _lex.OrganizationStarts)
        {
            if (name.StartsWith(start + " ", StringComparison.Ordinal) && (best.Length == 0 || kind == StakeholderKind.Place))
            {
                best = start;
                kind = StakeholderKind.Organization;
                type = t;
            }
        }

        if (best.Length == 0)
        {
            if (!forceOrganization)
            {
                return null;
            }

            return new Classification(StakeholderKind.Organization, OrganizationType.Unspecified, name, string.Empty);
        }

        if (kind == StakeholderKind.Organization && type is OrganizationType.Company or OrganizationType.Unspecified or OrganizationType.Other)
        {
            foreach (var marker in _lex.StateOwnedMarkers)
            {
                if (name.StartsWith(marker, StringComparison.Ordinal))
                {
                    type = OrganizationType.StateOwnedEnterprise;
                    break;
                }
            }
        }

        if (kind == StakeholderKind.Organization && type == OrganizationType.Other && name.Contains("Research", StringComparison.Ordinal))
        {
            type = OrganizationType.Academic;
        }

        if (forceOrganization && kind is StakeholderKind.Initiative or StakeholderKind.Event)
        {
            kind = StakeholderKind.Organization;
        }

        return new Classification(kind, type, name, best);
    }

    private bool IsPlacePhrase(int first, int end)
    {
        var c = Classify(first, end, false);
        return c is { Kind: StakeholderKind.Place } || IsPlaceList(first, end);
    }

    private bool IsPlaceList(int first, int end)
    {
        // "Beijing/Guangzhou"
        for (var i = first; i < end; i++)
        {
            if (Tok(i).Is("/"))
            {
                return IsPlacePhrase(first, i) && IsPlacePhrase(i + 1, end);
            }
        }

        return false;
    }

    /// <summary>Splits "A of B of C" into parts, keeping "Bank of Beijing", "Ministry of Commerce", "X of [place]" whole.</summary>
    private List<(int First, int End)> ChainParts(int first, int end)
    {
        var raw = new List<(int First, int End)>();
        var a = first;
        for (var i = first + 1; i < end - 1; i++)
        {
            if (Tok(i).Is("of"))
            {
                raw.Add((a, i));
                a = i + 1;
            }
        }

        raw.Add((a, end));

        // Pass A: a head word alone takes what follows ("Ministry" + "Commerce", "School" + "Economics & Trade").
        var units = new List<(int First, int End)>();
        var k = 0;
        while (k < raw.Count)
        {
            var current = raw[k];
            while (k + 1 < raw.Count && IsHeadOnly(current.First, current.End))
            {
                k++;
                current = (current.First, raw[k].End);
            }

            units.Add(current);
            k++;
        }

        // Pass B: what is not an organization or event of its own ("of Beijing Municipality", "of Returned Overseas Chinese") stays in the name.
        var parts = new List<(int First, int End)>();
        var cur = units[0];
        for (var u = 1; u < units.Count; u++)
        {
            var next = units[u];
            var nextClass = Classify(next.First, next.End, false);
            var nextIsEntity = nextClass is { Kind: StakeholderKind.Organization or StakeholderKind.Event } && !_lex.RoleUnits.Contains(PhraseText(next.First, next.End));
            if (nextIsEntity)
            {
                parts.Add(cur);
                cur = next;
            }
            else
            {
                cur = (cur.First, next.End);
            }
        }

        parts.Add(cur);
        return parts;
    }

    /// <summary>"White Paper on the Development of X", "Signing Ceremony for Key Projects": named by what it is about, not a chain.</summary>
    private bool HeadBeforeFirstOf(int first, int end)
    {
        for (var i = first + 1; i < end - 1; i++)
        {
            if (Tok(i).Is("of"))
            {
                return false;
            }

            var two = Tok(i - 1).Text + " " + Tok(i).Text;
            if (Tok(i).IsCapitalized && Tok(i + 1).Text is "for" or "on"
                && (_lex.EventHeads.Contains(Tok(i).Text) || _lex.InitiativeHeads.Contains(Tok(i).Text) || _lex.InitiativeHeads.Contains(two)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsHeadOnly(int first, int end)
    {
        var text = PhraseText(first, end);
        if (text.Length == 0)
        {
            return true;
        }

        if (_lex.GenericUnits.Contains(text))
        {
            return false;
        }

        return IsHeadWord(text) || _lex.OrganizationStarts.ContainsKey(text + " of") || text.StartsWith("People's ", StringComparison.Ordinal) && IsHeadWord(text[9..]);
    }

    private bool IsRoleUnit(int first, int end)
    {
        first = SkipThe(first, end);
        if (first >= end)
        {
            return true;
        }

        var text = Span(first, end);
        return !Tok(first).IsCapitalized || _lex.RoleUnits.Contains(text) || _lex.RoleUnits.Contains(Tok(end - 1).Text);
    }

    /// <summary>
    /// Registers the stakeholders an entity phrase names ("Shougang Park in Shijingshan District", "Science Fiction
    /// Industry Center of the China Association for Science and Technology") with their LOCATED_IN / PART_OF ties,
    /// adds the mentions, and returns the principal entity (the first part).
    /// </summary>
    private Entity? ProcessEntityPhrase(Sentence s, int first, int end, bool forceOrganization, bool inner)
    {
        first = SkipThe(first, end);
        if (first >= end)
        {
            return null;
        }

        // "Singapore's RGE": a place in the possessive, then the entity.
        for (var i = first; i < end - 1; i++)
        {
            var w = Tok(i).Text;
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                var stem = w[..^2];
                if (_lex.KnownPlaces.Contains(stem) || _registry.Find(stem) is { Kind: StakeholderKind.Place })
                {
                    var entity = ProcessEntityPhrase(s, i + 1, end, forceOrganization, inner);
                    if (entity is not null)
                    {
                        _registry.AddAlias(entity, Span(first, end));
                    }

                    return entity;
                }
            }
        }

        if (Tok(end - 1).Text.EndsWith("'s", StringComparison.Ordinal) && end - first == 1)
        {
            var stem = Tok(end - 1).Text[..^2];
            if (_lex.KnownPlaces.Contains(stem) || _registry.Find(stem) is { Kind: StakeholderKind.Place })
            {
                var place = _registry.GetOrAdd(stem, StakeholderKind.Place, OrganizationType.Unspecified);
                MentionsOf(s).Add(new Mention(place, first, end, Tok(first).Start, Tok(end - 1).Start + stem.Length, inner));
                return place;
            }

            return null;
        }

        // "X in [place]": X located in the place (an embassy's "in China" is part of its name).
        for (var i = end - 2; i > first; i--)
        {
            if (!Tok(i).Is("in"))
            {
                continue;
            }

            var left = Classify(first, i, forceOrganization);
            if (IsPlacePhrase(i + 1, end) && left is not null && left.Head is not ("Embassy" or "Consulate" or "Consulate General" or "Mission"))
            {
                var leftEntity = ProcessEntityPhrase(s, first, i, forceOrganization, inner);
                var placeEntity = ProcessEntityPhrase(s, i + 1, end, false, inner: true) ?? RegisterPlaceList(s, i + 1, end);
                if (leftEntity is not null)
                {
                    _registry.AddAlias(leftEntity, Span(first, end));
                    if (placeEntity is not null && placeEntity != leftEntity)
                    {
                        _ties.Add(new FoundTie(leftEntity, placeEntity, "LOCATED_IN", "located-in-name", Tok(first).Start, Tok(end - 1).End, null));
                    }
                }

                return leftEntity;
            }
        }

        var parts = HeadBeforeFirstOf(first, end) ? [(first, end)] : ChainParts(first, end);
        while (parts.Count > 1 && IsRoleUnit(parts[0].First, parts[0].End))
        {
            parts.RemoveAt(0);
        }

        Entity? principal = null;
        Entity? previous = null;
        for (var k = 0; k < parts.Count; k++)
        {
            var (a, b) = parts[k];
            var cls = Classify(a, b, forceOrganization && k == 0);
            if (cls is null)
            {
                break;
            }

            if (k == 0 && _lex.GenericUnits.Contains(cls.Name) && parts.Count > 1)
            {
                // "Party Committee of the Ministry of Commerce": a generic unit is named with its parent.
                cls = cls with { Name = Span(SkipThe(a, b), parts[1].End) };
            }

            var entity = _registry.GetOrAdd(cls.Name, cls.Kind, cls.Type);
            if (entity.HeadWord.Length == 0)
            {
                entity.HeadWord = cls.Head;
            }

            if (entity.Kind == StakeholderKind.Event)
            {
                entity.EventDate ??= DayIn(s);
            }

            MentionsOf(s).Add(new Mention(entity, a, b, Tok(SkipThe(a, b)).Start, Tok(b - 1).End, inner || k > 0));
            if (k == 0)
            {
                principal = entity;
                if (parts.Count > 1)
                {
                    _registry.AddAlias(entity, Span(SkipThe(first, end), end));
                }
            }

            _lastChainTop = entity;
            if (previous is not null && previous != entity && (previous.Kind == entity.Kind || previous.Kind == StakeholderKind.Organization && entity.Kind == StakeholderKind.Organization))
            {
                var rule = entity.Kind == StakeholderKind.Event ? "part-of-event" : "part-of-unit";
                _ties.Add(new FoundTie(previous, entity, "PART_OF", rule, Tok(parts[k - 1].First).Start, Tok(b - 1).End, null));
            }

            previous = entity;
        }

        return principal;
    }

    private Entity? RegisterPlaceList(Sentence s, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (Tok(i).Is("/"))
            {
                return ProcessEntityPhrase(s, first, i, false, true);
            }
        }

        return null;
    }
}
