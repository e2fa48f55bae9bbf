using System.Globalization;
using System.Text;
using Stakeholders.Network.Extraction.Rules;
using Stakeholders.Network.Extraction.Text;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction;

/// <summary>
/// The default extractor: deterministic rules over an English lexicon (<see cref="ExtractorLexicon"/>) for press
/// releases and readouts of forums, fairs, signing ceremonies and appointments. It finds people with their titles and the
/// organizations the titles belong to, organizations with their type, events, places and initiatives, and the ties the
/// sentences state; every tie quotes the text verbatim with its offset and carries the confidence of the rule that found
/// it (the rule's measured precision on the development set), the rule's id (attribute <c>rule</c>) and the extractor's
/// name and version (attribute <c>extractor</c>). No model is downloaded; the same input always gives the same output.
/// </summary>
public sealed class RuleBasedExtractor : IStakeholderExtractor
{
    /// <summary>The version of the rules; the lexicon's name is appended in <see cref="Version"/>.</summary>
    public const string RulesVersion = "0.1.0";

    private static readonly HashSet<string> EventActivities = new(StringComparer.Ordinal)
    {
        "SPOKE_AT", "HOSTED", "ORGANIZED", "MODERATED", "ATTENDED", "PARTICIPATED_IN",
    };

    private static readonly HashSet<string> Symmetric = new(StringComparer.Ordinal) { "SIGNED_AGREEMENT_WITH", "PARTNERS_WITH" };

    /// <summary>Creates the extractor with the default embedded lexicon.</summary>
    public RuleBasedExtractor()
        : this(ExtractorLexicon.Default)
    {
    }

    /// <summary>Creates the extractor with a lexicon (the default extended with the user's files, for instance).</summary>
    public RuleBasedExtractor(ExtractorLexicon lexicon)
    {
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    /// <summary>The lexicon the rules read.</summary>
    public ExtractorLexicon Lexicon { get; }

    /// <inheritdoc/>
    public string Name => "rules-en";

    /// <inheritdoc/>
    public string Version => RulesVersion + "+" + Lexicon.Name;

    /// <inheritdoc/>
    public ExtractionResult Extract(ExtractionDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mapped = document.IsHtml ? HtmlText.Strip(document.Text) : new MappedText(document.Text);
        var notes = new List<string>();
        var text = mapped.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            notes.Add("nothing extracted: the document is empty");
            return Empty(document, null, notes);
        }

        if (DocumentReader.TryRejectLanguage(text, out var reason))
        {
            notes.Add("nothing extracted: " + reason);
            return Empty(document, null, notes);
        }

        var analysis = new DocumentAnalysis(Lexicon, text);
        analysis.Run(cancellationToken);
        var title = document.Title ?? analysis.Headline ?? FirstSentence(text);
        var source = new SourceDocument(document.Id, title, document.Url, analysis.Published, document.Path is null ? null : Path.GetFileName(document.Path));
        var network = Build(document, source, analysis, mapped, text);
        if (network.Stakeholders.Count == 0)
        {
            notes.Add("nothing extracted: no person, organization or event of the lexicon was found (is this a press release or readout in English?)");
        }
        else if (network.Ties.Count == 0)
        {
            notes.Add("no tie extracted: the names found are not linked by any pattern the rules know");
        }

        return new ExtractionResult(source, network, notes);
    }

    private static ExtractionResult Empty(ExtractionDocument document, PartialDate? published, List<string> notes)
    {
        var source = new SourceDocument(document.Id, document.Title, document.Url, published, document.Path is null ? null : Path.GetFileName(document.Path));
        var builder = new StakeholderNetworkBuilder { Title = document.Title ?? document.Id };
        builder.AddDocument(source);
        return new ExtractionResult(source, builder.Build(), notes);
    }

    private static string FirstSentence(string text)
    {
        var t = text.Trim();
        var dash = t.IndexOf(" -- ", StringComparison.Ordinal);
        if (dash is > 0 and < 120)
        {
            t = t[(dash + 4)..];
        }

        var end = t.IndexOfAny(['.', '\n']);
        var s = end > 0 ? t[..end] : t;
        return s.Length <= 140 ? s : s[..s.LastIndexOf(' ', 137)] + "...";
    }

    private StakeholderNetwork Build(ExtractionDocument document, SourceDocument source, DocumentAnalysis analysis, MappedText mapped, string text)
    {
        // Only stakeholders that take part in a tie, or people and organizations (named on their own) are kept.
        var tiesByKey = new Dictionary<string, (FoundTie First, List<FoundTie> All)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var t in analysis.Ties)
        {
            var (s, g) = Symmetric.Contains(t.Type) && string.CompareOrdinal(t.Source.Name, t.Target.Name) > 0 && false ? (t.Target, t.Source) : (t.Source, t.Target);
            var key = s.Order + "|" + t.Type + "|" + g.Order + (t.Type == "HOLDS_POSITION" ? "|" + t.Role : string.Empty);
            if (Symmetric.Contains(t.Type))
            {
                var reverse = g.Order + "|" + t.Type + "|" + s.Order;
                if (tiesByKey.ContainsKey(reverse))
                {
                    key = reverse;
                }
            }

            if (!tiesByKey.TryGetValue(key, out var entry))
            {
                entry = (t, []);
                tiesByKey[key] = entry;
                order.Add(key);
            }

            entry.All.Add(t);
        }

        var used = new HashSet<Entity>();
        foreach (var k in order)
        {
            used.Add(tiesByKey[k].First.Source);
            used.Add(tiesByKey[k].First.Target);
        }

        var keep = analysis.Entities.Where(e => used.Contains(e) || e.Kind is StakeholderKind.Person or StakeholderKind.Organization).ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in keep)
        {
            e.Id = UniqueId(Slug(e.Name), ids);
        }

        // The network is named after the event most of its ties are about, when there is one ("Shijingshan International
        // Open Cooperation Forum 2023"); otherwise after the document.
        var mainEvent = order.Select(k => tiesByKey[k].First).SelectMany(t => new[] { t.Source, t.Target })
            .Where(e => e.Kind == StakeholderKind.Event).GroupBy(e => e).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Order).FirstOrDefault()?.Key;
        var builder = new StakeholderNetworkBuilder
        {
            Title = mainEvent is null ? source.Title : mainEvent.Name + (analysis.Dateline is { } line ? $" ({line})" : string.Empty),
            Description = string.Create(CultureInfo.InvariantCulture, $"Extracted from {document.Id} by {Name} {Version}. Every tie quotes the document; its confidence is the measured precision of the rule that found it."),
        };
        builder.AddDocument(source);
        foreach (var e in keep)
        {
            var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["mentions"] = e.Mentions.ToString(CultureInfo.InvariantCulture) };
            if (e.EventDate is not null)
            {
                attributes["date"] = e.EventDate;
            }

            builder.AddStakeholder(new Stakeholder(e.Id, e.Name, e.Kind)
            {
                OrganizationType = e.Kind == StakeholderKind.Organization ? (e.Type == OrganizationType.Unspecified ? OrganizationType.Other : e.Type) : OrganizationType.Unspecified,
                Aliases = e.Aliases.Where(a => EntityRegistryKeyDiffers(a, e.Name)).Distinct(StringComparer.Ordinal).ToList(),
                Description = e.Description,
                Attributes = attributes,
            });
        }

        var extractor = Name + "/" + Version;
        var tieIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in order)
        {
            var (first, all) = tiesByKey[key];
            var confidence = all.Max(t => Lexicon.ConfidenceOf(t.Rule));
            var evidence = new List<Evidence>();
            var seen = new HashSet<(int, int)>();
            foreach (var t in all)
            {
                if (!seen.Add((t.QuoteStart, t.QuoteEnd)))
                {
                    continue;
                }

                var quote = text[t.QuoteStart..t.QuoteEnd];
                evidence.Add(new Evidence(document.Id, quote, document.Url, mapped.ToOriginal(t.QuoteStart)));
            }

            var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["extractor"] = extractor,
                ["rule"] = string.Join('+', all.Select(t => t.Rule).Distinct(StringComparer.Ordinal)),
            };
            DatePeriod? period = null;
            if (EventActivities.Contains(first.Type) && first.Target.EventDate is { } day && PartialDate.TryParse(day, out var date))
            {
                period = DatePeriod.On(date);
            }
            else if (first.Type == "PART_OF" && first.Source.Kind == StakeholderKind.Event && first.Source.EventDate is { } d2 && PartialDate.TryParse(d2, out var date2))
            {
                period = DatePeriod.On(date2);
            }

            if (source.Published is { } published)
            {
                attributes["observed"] = published.ToString();
            }

            var id = UniqueId(first.Source.Id + "|" + first.Type + "|" + first.Target.Id, tieIds, "|");
            builder.AddTie(new Tie(first.Source.Id, first.Target.Id, new TieType(first.Type))
            {
                Id = id,
                Role = first.Role,
                Period = period,
                Confidence = confidence,
                Evidence = evidence,
                Attributes = attributes,
            });
        }

        return builder.Build();
    }

    private static bool EntityRegistryKeyDiffers(string alias, string name) => EntityRegistry.Key(alias) != EntityRegistry.Key(name) || alias != name && !string.Equals(alias, name, StringComparison.OrdinalIgnoreCase);

    private static string UniqueId(string id, HashSet<string> used, string separator = "-")
    {
        if (used.Add(id))
        {
            return id;
        }

        for (var i = 2; ; i++)
        {
            var candidate = id + separator + i.ToString(CultureInfo.InvariantCulture);
            if (used.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>A readable id: lower-case letters and digits, words joined by hyphens ("xia-linmao").</summary>
    internal static string Slug(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(normalized.Length);
        var dash = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) && c < 128)
            {
                if (dash && b.Length > 0)
                {
                    b.Append('-');
                }

                b.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (c is not '\'' and not '\u2019')
            {
                dash = true;
            }
        }

        var s = b.ToString();
        if (s.Length > 80)
        {
            s = s[..80].TrimEnd('-');
        }

        return s.Length == 0 ? "stakeholder" : s;
    }
}
