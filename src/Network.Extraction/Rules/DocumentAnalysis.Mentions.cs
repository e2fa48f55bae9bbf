using Stakeholders.Network.Extraction.Text;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction.Rules;

/// <summary>Pass 1: finding names (people with their titles, organizations, events, places, initiatives).</summary>
internal sealed partial class DocumentAnalysis
{
    private static readonly string[] Links = ["of", "at", "for", "to"];
    private readonly List<PendingTitle> _pendingTitles = [];
    private readonly List<(int Title, string Alias)> _pendingAliases = [];

    /// <summary>A title whose organization is resolved after the whole document has been read.</summary>
    private sealed record PendingTitle(Entity Person, string Role, int OrgFirst, int OrgEnd, string? Implied, string Rule, int QuoteStart, int QuoteEnd, int SentenceIndex, Entity? InheritFrom);

    private Token Tok(int i) => _tokens[i];

    private string Span(int first, int end) => _text[_tokens[first].Start.._tokens[end - 1].End];

    private List<Mention> MentionsOf(Sentence s)
    {
        if (!_mentionsBySentence.TryGetValue(s.Index, out var list))
        {
            list = [];
            _mentionsBySentence[s.Index] = list;
        }

        return list;
    }

    private void FindMentions(Sentence s)
    {
        var t = s.FirstToken;
        while (t < s.EndToken)
        {
            var tok = Tok(t);
            if (tok.IsWord && !tok.IsCapitalized && TryEventPhrase(s, t, out var afterPhrase))
            {
                t = afterPhrase;
                continue;
            }

            if (!tok.IsCapitalized)
            {
                t++;
                continue;
            }

            var end = RunEnd(t, s.EndToken);
            t = ProcessRun(s, t, end);
        }
    }

    private bool IsConnector(Token t) => t.IsWord && _lex.Connectors.Contains(t.Text);

    private static bool IsQuote(Token t) => !t.IsWord && t.Text is "\"" or "\u201C" or "\u201D";

    /// <summary>The end of a run of capitalised words joined by connectors ("of the", "and", "&amp;", "in").</summary>
    private int RunEnd(int start, int limit)
    {
        var i = start + 1;
        while (i < limit)
        {
            var tok = Tok(i);
            var prev = Tok(i - 1);
            if (tok.IsCapitalized && tok.Start <= prev.End + 2)
            {
                i++;
                continue;
            }

            if (tok.IsYear && prev.IsCapitalized)
            {
                i++;
                continue;
            }

            if ((tok.Text is "&" or "/") && i + 1 < limit && Tok(i + 1).IsCapitalized)
            {
                i++;
                continue;
            }

            if (IsQuote(tok) && prev.IsCapitalized && i + 1 < limit && Tok(i + 1).IsCapitalized && tok.Start == prev.End)
            {
                i++;
                continue;
            }

            if (IsConnector(tok) && !tok.IsCapitalized)
            {
                var j = i + 1;
                while (j < limit && (Tok(j).Is("the") || IsConnector(Tok(j)) && j == i + 1 && Tok(j).Is("the")))
                {
                    j++;
                }

                if (j < limit && IsQuote(Tok(j)) && j + 1 < limit && Tok(j + 1).IsCapitalized)
                {
                    j++;
                }

                if (j < limit && Tok(j).IsCapitalized && j - i <= 3)
                {
                    i = j;
                    continue;
                }
            }

            break;
        }

        return i;
    }

    // ---------------------------------------------------------------- words

    private bool IsTitleWord(Token t, bool anyCase) =>
        t.IsWord && (anyCase || char.IsUpper(t.Text[0])) && _lex.TitleWords.Contains(t.Text);

    private bool IsModifier(Token t, bool anyCase) =>
        t.IsWord && (_lex.TitleModifiers.Contains(t.Text) || anyCase && _lex.TitleModifiers.Contains(char.ToUpperInvariant(t.Text[0]) + t.Text[1..]));

    private bool IsTitleish(Token t, bool anyCase) => IsTitleWord(t, anyCase) || IsModifier(t, anyCase);

    private bool IsHeadWord(string w) =>
        _lex.OrganizationHeads.ContainsKey(w) || _lex.EventHeads.Contains(w) || _lex.PlaceHeads.Contains(w) || _lex.InitiativeHeads.Contains(w);

    private bool IsNamey(int i, int first)
    {
        var t = Tok(i);
        if (!t.IsWord || !char.IsUpper(t.Text[0]) || t.IsOrdinal)
        {
            return false;
        }

        var w = t.Text;
        if (_lex.TitleWords.Contains(w) || _lex.TitleModifiers.Contains(w) || IsHeadWord(w) || _lex.KnownPlaces.Contains(w)
            || _lex.Stopwords.Contains(w) && !_lex.Surnames.Contains(w) || _lex.Honorifics.Contains(w) || _lex.KnownOrganizations.ContainsKey(w) || w.EndsWith("'s", StringComparison.Ordinal))
        {
            return false;
        }

        if (t.IsAllCaps)
        {
            // "Lionel CHEN": an upper-case surname after a given name; "ADNRS" alone is an acronym.
            return w.Length <= 6 && i > first && IsNamey(i - 1, first) && !Tok(i - 1).IsAllCaps && !w.Contains('.', StringComparison.Ordinal);
        }

        if (w.Length == 2 && w[1] == '.')
        {
            return i > first && IsNamey(i - 1, first);
        }

        return true;
    }

    private bool IsHonorific(int i) => i >= 0 && i < _tokens.Count && _lex.Honorifics.Contains(Tok(i).Text);

    /// <summary>The person name that ends a token range: (start of the name, start including an honorific) or -1.</summary>
    private (int Name, int WithHonorific) NameSuffix(int first, int end)
    {
        var e = end;
        if (e - 1 > first && _lex.NameSuffixes.Contains(Tok(e - 1).Text))
        {
            e--;
        }

        var best = -1;
        var bestScore = int.MinValue;
        for (var k = 2; k <= Math.Min(_maxPersonTokens - 1, e - first); k++)
        {
            var s = e - k;
            var ok = true;
            for (var i = s; i < e; i++)
            {
                if (!IsNamey(i, first) && !(i > s && Tok(i).Text.Length == 2 && Tok(i).Text[1] == '.'))
                {
                    ok = false;
                    break;
                }
            }

            if (!ok || Tok(s).Text.Length == 2 && Tok(s).Text[1] == '.')
            {
                continue;
            }

            // After a title, a name needs a known surname (first or last, "Lionel CHEN") or an honorific:
            // "Vice Chairman of the China Council for the Promotion of International Trade" ends with no name.
            if (!IsSurname(Tok(s).Text) && !IsSurname(Tok(e - 1).Text) && !IsHonorific(s - 1) && _registry.Find(Span(s, e)) is not { Kind: StakeholderKind.Person })
            {
                continue;
            }

            var score = 0;
            if (_lex.Surnames.Contains(Tok(s).Text))
            {
                score += 3;
            }

            if (k == 2)
            {
                score += 1;
            }

            if (IsHonorific(s - 1))
            {
                score += 2;
            }

            if (s > first && !IsNamey(s - 1, first))
            {
                score += 1;
            }

            if (s > first && IsNamey(s - 1, first) && _lex.Surnames.Contains(Tok(s - 1).Text))
            {
                score -= 2;
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = s;
            }
        }

        if (best < 0)
        {
            return (-1, -1);
        }

        return (best, IsHonorific(best - 1) && best - 1 >= first ? best - 1 : best);
    }

    private bool IsSurname(string word) =>
        _lex.Surnames.Contains(word) || word.Length > 1 && _lex.Surnames.Contains(word[0] + word[1..].ToLowerInvariant());

    private bool LooksLikePersonAlone(int first, int end)
    {
        var honorific = IsHonorific(first);
        var s = honorific ? first + 1 : first;
        var k = end - s;
        if (k < 1 || k > 4)
        {
            return false;
        }

        for (var i = s; i < end; i++)
        {
            if (!IsNamey(i, s) && !(i > s && Tok(i).Text.Length == 2 && Tok(i).Text[1] == '.') && !_lex.NameSuffixes.Contains(Tok(i).Text))
            {
                return false;
            }
        }

        if (honorific)
        {
            return true;
        }

        return k is >= 2 and <= 3 && _lex.Surnames.Contains(Tok(s).Text) && !_lex.Surnames.Contains(Tok(end - 1).Text) || _registry.Find(Span(s, end)) is { Kind: StakeholderKind.Person };
    }

    private int SkipStopwords(int first, int end)
    {
        while (first < end && (_lex.Stopwords.Contains(Tok(first).Text) || IsQuote(Tok(first))))
        {
            // "He Lifeng": a surname that is also a stop word, before a given name
            if (_lex.Surnames.Contains(Tok(first).Text) && first + 1 < end && IsNamey(first + 1, first + 1) && (first + 2 >= end || Tok(first + 2).Text is "," or ";"))
            {
                break;
            }

            first++;
        }

        return first;
    }

    // ---------------------------------------------------------------- runs

    private int ProcessRun(Sentence s, int first, int end)
    {
        var segments = SplitAtAnd(first, end);
        var next = end;
        foreach (var (a, b) in segments)
        {
            next = ProcessSegment(s, a, b, end, s.EndToken);
        }

        return Math.Max(next, end);
    }

    private List<(int, int)> SplitAtAnd(int first, int end)
    {
        var parts = new List<(int, int)>();
        var start = first;
        for (var i = first + 1; i < end - 1; i++)
        {
            if (!Tok(i).Is("and"))
            {
                continue;
            }

            var right = i + 1;
            var hasThe = Tok(right).Is("the");
            if (hasThe)
            {
                right++;
            }

            if (right >= end || IsCompound(i))
            {
                continue;
            }

            bool split;
            if (IsTitleish(Tok(right), false))
            {
                // "... Hu Zhongxiong and Executive Vice President of ..." splits; "Chairman of X and Executive Vice President of Y Zheng Chao" does not.
                var (name, _) = NameSuffix(start, i);
                split = name > start && HasTitleWord(start, name) || LooksLikePersonAlone(start, i);
            }
            else if (hasThe)
            {
                split = true;
            }
            else
            {
                var rightEnd = NextAnd(right, end);
                split = IsComplete(SkipStopwords(start, i), i) && IsComplete(right, rightEnd);
            }

            if (split)
            {
                parts.Add((start, i));
                start = hasThe ? i + 2 : i + 1;
            }
        }

        parts.Add((start, end));
        return parts;
    }

    private int NextAnd(int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (Tok(i).Is("and"))
            {
                return i;
            }
        }

        return end;
    }

    private bool HasTitleWord(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (IsTitleWord(Tok(i), false))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCompound(int andIndex)
    {
        var left = Tok(andIndex - 1).Text;
        var right = Tok(andIndex + 1).Text;
        foreach (var phrase in _lex.CompoundPhrases)
        {
            var sep = phrase.Contains(" and ", StringComparison.Ordinal) ? " and " : phrase.Contains(" & ", StringComparison.Ordinal) ? " & " : null;
            if (sep is null || !Tok(andIndex).Is(sep.Trim()))
            {
                continue;
            }

            var k = phrase.IndexOf(sep, StringComparison.Ordinal);
            var l = phrase[..k].Split(' ')[^1];
            var r = phrase[(k + sep.Length)..].Split(' ')[0];
            if (l == left && r == right)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsComplete(int first, int end)
    {
        if (first >= end)
        {
            return false;
        }

        if (LooksLikePersonAlone(first, end))
        {
            return true;
        }

        var last = Tok(end - 1);
        if (last.IsYear && end - 1 > first)
        {
            last = Tok(end - 2);
        }

        var text = Span(first, end);
        return IsHeadWord(last.Text) || _lex.KnownOrganizations.ContainsKey(text) || _lex.KnownPlaces.Contains(text)
            || _registry.Find(text) is not null || HeadOf(first, end).Length > 0 || last.IsAllCaps;
    }

    private int ProcessSegment(Sentence s, int first, int end, int runEnd, int limit)
    {
        first = SkipStopwords(first, end);
        if (first >= end)
        {
            return runEnd;
        }

        // A person with a title before the name: "[ORG] TITLE [of ORG] NAME".
        if (HasTitleWord(first, end))
        {
            var (name, withHonorific) = NameSuffix(first, end);
            if (name > first)
            {
                var person = AddPerson(s, name, end, withHonorific);
                var titleEnd = withHonorific;
                ParseTitles(s, person, first, titleEnd, anyCase: false, quoteStart: Tok(first).Start, quoteEnd: Tok(end - 1).End, appositive: false);
                return AfterPerson(s, person, end, runEnd, limit);
            }
        }

        if (LooksLikePersonAlone(first, end) || IsFollowedByAppositiveTitle(end, limit) && LooksNameShaped(first, end))
        {
            var honorific = IsHonorific(first) ? first : -1;
            var nameStart = honorific >= 0 ? first + 1 : first;
            if (end - nameStart == 1)
            {
                // "Dr. Menjay": a person named before, by surname.
                var known = _registry.All.FirstOrDefault(e => e.Kind == StakeholderKind.Person && e.Name.EndsWith(" " + Tok(nameStart).Text, StringComparison.Ordinal));
                if (known is null)
                {
                    return runEnd;
                }

                known.Mentions++;
                MentionsOf(s).Add(new Mention(known, first, end, Tok(first).Start, Tok(end - 1).End, false));
                return runEnd;
            }

            var person = AddPerson(s, nameStart, end, first);
            return AfterPerson(s, person, end, runEnd, limit);
        }

        ProcessEntityPhrase(s, first, end, forceOrganization: false, inner: false);
        return ParentheticalAlias(s, end, runEnd, limit);
    }

    private bool LooksNameShaped(int first, int end)
    {
        var s = IsHonorific(first) ? first + 1 : first;
        if (end - s is < 2 or > 4)
        {
            return false;
        }

        for (var i = s; i < end; i++)
        {
            if (!IsNamey(i, s) && !(i > s && Tok(i).Text.Length == 2 && Tok(i).Text[1] == '.'))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsFollowedByAppositiveTitle(int end, int limit)
    {
        var i = end;
        if (i < limit && Tok(i).Is(",") && i + 1 < limit && _lex.NameSuffixes.Contains(Tok(i + 1).Text))
        {
            i += 2;
        }

        if (i >= limit || !Tok(i).Is(","))
        {
            return false;
        }

        i++;
        if (i < limit && Tok(i).IsIgnoreCase("the"))
        {
            i++;
        }

        return i < limit && IsTitleish(Tok(i), true);
    }

    private Entity AddPerson(Sentence s, int nameStart, int end, int spanStart)
    {
        var name = Span(nameStart, end);
        var person = _registry.GetOrAdd(name, StakeholderKind.Person, OrganizationType.Unspecified);
        MentionsOf(s).Add(new Mention(person, spanStart, end, Tok(spanStart).Start, Tok(end - 1).End, false));
        return person;
    }

    /// <summary>After a name: ", Jr." and an appositive title (", Mayor of Shijingshan District,").</summary>
    private int AfterPerson(Sentence s, Entity person, int nameEnd, int runEnd, int limit)
    {
        var i = nameEnd;
        if (i + 1 < limit && Tok(i).Is(",") && _lex.NameSuffixes.Contains(Tok(i + 1).Text))
        {
            var full = _text[Tok(nameEnd - 1).Start..Tok(i + 1).End];
            var withSuffix = person.Name + _text[Tok(nameEnd - 1).End..Tok(i + 1).End];
            if (!person.Name.EndsWith(Tok(i + 1).Text, StringComparison.Ordinal) && full.Length > 0)
            {
                _registry.AddAlias(person, person.Name);
                person.Name = withSuffix;
                _registry.AddAlias(person, withSuffix);
            }

            i += 2;
        }

        if (i >= limit || !Tok(i).Is(","))
        {
            return Math.Max(i, runEnd);
        }

        var p = i + 1;
        if (p < limit && Tok(p).IsIgnoreCase("the"))
        {
            p++;
        }

        if (p >= limit || !IsTitleish(Tok(p), true))
        {
            return Math.Max(i, runEnd);
        }

        var q = p;
        var lowerRun = false;
        while (q < limit)
        {
            var t = Tok(q);
            if (!t.IsWord && !(t.Text is "&" or "\"" or "\u201C" or "\u201D" or "/" or "-"))
            {
                break;
            }

            if (t.IsWord && !t.IsCapitalized && !IsTitleish(t, true) && !IsConnector(t) && !Links.Contains(t.Text) && !char.IsDigit(t.Text[0]))
            {
                // a lower-case word that is not part of a title: "fourth division" inside an organization phrase is kept
                // when an "of" follows soon; a verb ends the title.
                if (!(q + 2 < limit && (Tok(q + 1).Is("of") || Tok(q + 2).Is("of")) && q > p && (lowerRun || Links.Contains(Tok(q - 1).Text) || Tok(q - 1).Is("the"))))
                {
                    break;
                }

                lowerRun = true;
            }
            else
            {
                lowerRun = false;
            }

            q++;
        }

        if (q == p)
        {
            return Math.Max(i, runEnd);
        }

        // "Xia Linmao, Director of the Department ... Wang Dongtang": the next person's own title, not an apposition.
        var (nextName, _) = NameSuffix(p, q);
        if (nextName > p && HasTitleWordAnyCase(p, nextName, true))
        {
            return i;
        }

        ParseTitles(s, person, p, q, anyCase: true, quoteStart: Tok(FirstTokenOfPerson(s, person, nameEnd)).Start, quoteEnd: Tok(q - 1).End, appositive: true);

        // "President of ADNRS (Association Pour le ...)": the parenthesis names the title's organization.
        if (q + 2 < limit && Tok(q).Is("(") && _pendingTitles.Count > 0)
        {
            for (var c = q + 2; c < Math.Min(limit, q + 20); c++)
            {
                if (Tok(c).Is(")"))
                {
                    if (Tok(q + 1).IsCapitalized)
                    {
                        _pendingAliases.Add((_pendingTitles.Count - 1, Span(q + 1, c)));
                    }

                    return c + 1;
                }
            }
        }

        return q;
    }

    private int FirstTokenOfPerson(Sentence s, Entity person, int nameEnd)
    {
        var m = MentionsOf(s).LastOrDefault(x => x.Entity == person && x.EndToken <= nameEnd + 2);
        return m?.FirstToken ?? nameEnd - 1;
    }

    /// <summary>"X (ABC)" and "ABC (Long Name)": the parenthesis names the entity just mentioned.</summary>
    private int ParentheticalAlias(Sentence s, int end, int fallback, int limit)
    {
        if (end >= limit || !Tok(end).Is("("))
        {
            return fallback;
        }

        var close = -1;
        for (var i = end + 1; i < Math.Min(limit, end + 20); i++)
        {
            if (Tok(i).Is(")"))
            {
                close = i;
                break;
            }
        }

        var mentions = MentionsOf(s);
        if (close <= end + 1 || mentions.Count == 0)
        {
            return fallback;
        }

        var last = mentions[^1];
        if (last.EndToken < end - 1 || last.Entity.Kind == StakeholderKind.Person)
        {
            return fallback;
        }

        var inner = Span(end + 1, close);
        var innerFirst = Tok(end + 1);
        if (!innerFirst.IsCapitalized || inner.Contains("PRNewsfoto", StringComparison.Ordinal) || inner.Contains(',', StringComparison.Ordinal) && !innerFirst.IsAllCaps)
        {
            return fallback;
        }

        _registry.AddAlias(last.Entity, inner);
        mentions.Add(new Mention(last.Entity, end + 1, close, innerFirst.Start, Tok(close - 1).End, true));
        return close + 1;
    }

    // ---------------------------------------------------------------- titles

    private void ParseTitles(Sentence s, Entity person, int first, int end, bool anyCase, int quoteStart, int quoteEnd, bool appositive)
    {
        // Split "TITLE of ORG and TITLE of ORG" at each "and" that starts another title.
        var segments = new List<(int, int)>();
        var start = first;
        for (var i = first + 1; i < end - 1; i++)
        {
            if (!Tok(i).Is("and"))
            {
                continue;
            }

            var r = i + 1;
            if (Tok(r).IsIgnoreCase("the"))
            {
                r++;
            }

            var rightEnd = r;
            while (rightEnd < end && !Tok(rightEnd).Is("and"))
            {
                rightEnd++;
            }

            if (r < end && (IsTitleish(Tok(r), anyCase) || Tok(r).IsCapitalized && HasTitleWordAnyCase(r, rightEnd, anyCase) && TitleWordNearStart(r, rightEnd, anyCase))
                && HasTitleWordAnyCase(start, i, anyCase) && HasTitleWordAnyCase(r, end, anyCase))
            {
                segments.Add((start, i));
                start = r;
            }
        }

        segments.Add((start, end));
        var facts = new List<(string Role, int OrgFirst, int OrgEnd, string? Implied, string Rule, int RoleStart, int RoleEnd)>();
        foreach (var (a, b) in segments)
        {
            var w = -1;
            for (var i = a; i < b; i++)
            {
                if (IsTitleWord(Tok(i), anyCase))
                {
                    w = i;
                    break;
                }
            }

            if (w < 0)
            {
                continue;
            }

            var f = w;
            while (f > a && (IsModifier(Tok(f - 1), anyCase) || Tok(f - 1).Is("and") && f - 2 >= a && IsModifier(Tok(f - 2), anyCase)))
            {
                f--;
            }

            var te = w + 1;
            while (te < b && (IsTitleish(Tok(te), anyCase) || Tok(te).Is("and") && te + 1 < b && IsTitleish(Tok(te + 1), anyCase)))
            {
                te++;
            }

            var orgFirst = -1;
            var orgEnd = -1;
            string role;
            string rule;
            if (f > a)
            {
                // "TU President", "CPC Yueyang Municipal Committee Secretary"
                orgFirst = a;
                orgEnd = f;
                role = Span(f, te);
                rule = "org-title-name";
            }
            else if (te < b && Links.Contains(Tok(te).Text))
            {
                var at = -1;
                for (var i = b - 1; i > te; i--)
                {
                    if (Tok(i).Is("at") && i + 1 < b && Tok(i + 1).IsCapitalized)
                    {
                        at = i;
                        break;
                    }
                }

                orgFirst = at > 0 ? at + 1 : te + 1;
                orgEnd = b;
                role = Span(f, b);
                rule = appositive ? "name-comma-title" : "title-before-name";
            }
            else
            {
                role = Span(f, te);
                rule = "title-implied-org";
            }

            string? implied = null;
            if (orgFirst >= 0)
            {
                var text = Span(SkipThe(orgFirst, orgEnd), orgEnd);
                if (_lex.ImpliedOrganizations.TryGetValue(text + " " + role, out var impl))
                {
                    implied = impl;
                    orgFirst = -1;
                }
            }
            else if (_lex.ImpliedOrganizations.TryGetValue(role, out var impl2))
            {
                implied = impl2;
            }

            facts.Add((role, orgFirst, orgEnd, implied, rule, Tok(f).Start, Tok(b - 1).End));
        }

        for (var k = 0; k < facts.Count; k++)
        {
            var fact = facts[k];
            if (person.Description is null)
            {
                person.Description = fact.Role;
            }

            // A title with no organization of its own borrows its neighbour's: "member of the Party Committee ... and Assistant Minister".
            var neighbour = k > 0 ? facts[k - 1] : k + 1 < facts.Count ? facts[k + 1] : default;
            _pendingTitles.Add(new PendingTitle(
                person,
                fact.Role,
                fact.OrgFirst,
                fact.OrgEnd,
                fact.Implied,
                fact.Rule,
                Math.Min(quoteStart, fact.RoleStart),
                Math.Max(quoteEnd, fact.RoleEnd),
                s.Index,
                null));
            if (fact.OrgFirst < 0 && fact.Implied is null && neighbour.Role is not null && neighbour.OrgFirst >= 0)
            {
                _pendingTitles[^1] = _pendingTitles[^1] with { OrgFirst = neighbour.OrgFirst, OrgEnd = neighbour.OrgEnd, Rule = "title-implied-org" };
            }
        }

        // The organizations inside the titles are mentions too (they are resolved, with their chains, after pass 1).
        _ = s;
    }

    private bool HasTitleWordAnyCase(int first, int end, bool anyCase)
    {
        for (var i = first; i < end; i++)
        {
            if (IsTitleWord(Tok(i), anyCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title word within the first two words ("District Governor"), not deep inside an organization name.</summary>
    private bool TitleWordNearStart(int first, int end, bool anyCase)
    {
        for (var i = first; i < Math.Min(end, first + 2); i++)
        {
            if (IsTitleWord(Tok(i), anyCase))
            {
                return true;
            }
        }

        return false;
    }

    private int SkipThe(int first, int end)
    {
        while (first < end && (Tok(first).IsIgnoreCase("the") || IsQuote(Tok(first)) && first + 1 < end && !Tok(first + 1).IsCapitalized))
        {
            first++;
        }

        return first;
    }

    // ---------------------------------------------------------------- events named by common nouns

    private bool TryEventPhrase(Sentence s, int t, out int next)
    {
        next = t;
        foreach (var phrase in _lex.EventPhrases)
        {
            var words = phrase.Split(' ');
            var n = MatchWords(t, s.EndToken, words);
            if (n == 0)
            {
                continue;
            }

            var end = t + n;
            var name = Span(t, end);
            var partOfFirst = -1;
            var partOfEnd = -1;
            if (end + 1 < s.EndToken && (Tok(end).Is("of") || Tok(end).Is("for")))
            {
                var a = end + 1;
                if (Tok(a).Is("the"))
                {
                    a++;
                }

                if (a < s.EndToken && Tok(a).IsCapitalized)
                {
                    var b = RunEnd(a, s.EndToken);
                    var cls = Classify(a, b, false);
                    if (cls is { Kind: StakeholderKind.Event })
                    {
                        partOfFirst = a;
                        partOfEnd = b;
                        name = Span(t, b);
                    }
                }
            }

            Entity ev;
            var existing = partOfFirst < 0 ? _registry.All.LastOrDefault(e => e.Kind == StakeholderKind.Event && EntityRegistry.Key(e.Name).StartsWith(EntityRegistry.Key(phrase), StringComparison.Ordinal)) : null;
            if (existing is not null)
            {
                ev = existing;
                ev.Mentions++;
            }
            else
            {
                ev = _registry.GetOrAdd(name, StakeholderKind.Event, OrganizationType.Unspecified);
                ev.HeadWord = words[^1];
                if (partOfFirst >= 0)
                {
                    _registry.AddAlias(ev, phrase);
                }
            }

            ev.EventDate ??= DayIn(s);
            var mention = new Mention(ev, t, partOfFirst >= 0 ? partOfEnd : end, Tok(t).Start, Tok((partOfFirst >= 0 ? partOfEnd : end) - 1).End, false);
            MentionsOf(s).Add(mention);
            next = end;
            if (partOfFirst >= 0)
            {
                var parent = ProcessEntityPhrase(s, partOfFirst, partOfEnd, false, inner: true);
                if (parent is not null && parent != ev)
                {
                    _ties.Add(new FoundTie(ev, parent, "PART_OF", "part-of-event", Tok(t).Start, Tok(partOfEnd - 1).End, null));
                }

                next = ParentheticalAlias(s, partOfEnd, partOfEnd, s.EndToken);
            }

            return true;
        }

        return false;
    }

    private int MatchWords(int t, int limit, string[] words)
    {
        var i = t;
        foreach (var w in words)
        {
            if (i >= limit || !Tok(i).IsIgnoreCase(w))
            {
                // "round-table" is one token in the text and one word in the lexicon
                return 0;
            }

            i++;
        }

        return i - t;
    }
}
