using System.Globalization;
using System.Text.RegularExpressions;
using Stakeholders.Network.Extraction.Text;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction.Rules;

/// <summary>The analysis of one document by the rules of one lexicon: mentions, coreference, titles, relations.</summary>
internal sealed partial class DocumentAnalysis
{
    private readonly ExtractorLexicon _lex;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly List<Sentence> _sentences;
    private readonly EntityRegistry _registry = new();
    private readonly List<FoundTie> _ties = [];
    private readonly Dictionary<int, List<Mention>> _mentionsBySentence = [];
    private readonly HashSet<int> _consumed = [];
    private readonly int _maxPersonTokens = 4;
    private Entity? _focusEvent;

    public DocumentAnalysis(ExtractorLexicon lexicon, string text)
    {
        _lex = lexicon;
        _text = text;
        var dotted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _lex.KnownOrganizations.Keys)
        {
            var dot = name.IndexOf(". ", StringComparison.Ordinal);
            if (dot > 0)
            {
                dotted.Add(name[..(dot + 1)].Split(' ')[^1]);
            }
        }

        _tokens = Tokenizer.Tokenize(text, dotted);
        _sentences = Tokenizer.Sentences(text, _tokens);
    }

    public PartialDate? Published { get; private set; }

    public string? Dateline { get; private set; }

    public string? Headline { get; private set; }

    public IReadOnlyList<Entity> Entities => _registry.All;

    public IReadOnlyList<FoundTie> Ties => _ties;

    public int SentenceCount => _sentences.Count;

    public void Run(CancellationToken cancellationToken)
    {
        ReadDateline();
        Headline = _sentences.FirstOrDefault(s => s.IsHeadline) is { } h && h.Index == 0 ? _text[h.Start..h.End] : null;

        // Pass 1: names (people with titles, organizations, events, places, initiatives), sentence by sentence.
        foreach (var sentence in _sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.IsHeadline)
            {
                continue;
            }

            FindMentions(sentence);
        }

        ResolveTitles();

        // Pass 2: people named again without their titles; anaphora and short forms; relations between the mentions.
        _focusEvent = _registry.All.FirstOrDefault(e => e.Kind == StakeholderKind.Event);
        foreach (var sentence in _sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.IsHeadline)
            {
                continue;
            }

            AddLateMentions(sentence);
            FindRelations(sentence);
        }
    }

    // ---------------------------------------------------------------- dateline

    [GeneratedRegex(@"^\s*(?<place>[A-Z][A-Za-z .,'\-]{1,60}?),\s+(?:[A-Z][A-Za-z .]{1,30},\s+)?(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>\d{1,2}),\s+(?<year>\d{4})\s*(?:/[^/\n]{1,40}/)?\s*(?:--|\u2013|\u2014)", RegexOptions.Multiline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"\bon\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>\d{1,2})\b(?:,\s*(?<year>\d{4}))?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayPattern();

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private void ReadDateline()
    {
        var head = _text.Length > 2000 ? _text[..2000] : _text;
        var m = DatelinePattern().Match(head);
        if (!m.Success)
        {
            return;
        }

        var month = Array.IndexOf(Months, m.Groups["month"].Value.ToLowerInvariant()) + 1;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (month >= 1 && day is >= 1 and <= 31 && year is > 1900 and < 2200 && PartialDate.TryParse(string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}"), out var date))
        {
            Published = date;
            Dateline = m.Value.TrimEnd('-', ' ', '\u2013', '\u2014').Trim();
        }
    }

    private string? DayIn(Sentence sentence)
    {
        var m = DayPattern().Match(_text, sentence.Start, sentence.End - sentence.Start);
        if (m.Success)
        {
            var month = Array.IndexOf(Months, m.Groups["month"].Value.ToLowerInvariant()) + 1;
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            int year;
            if (m.Groups["year"].Success)
            {
                year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            }
            else if (Published is { } p)
            {
                year = month > p.Month + 1 ? p.Year - 1 : p.Year;
            }
            else
            {
                return null;
            }

            var iso = string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");
            return PartialDate.TryParse(iso, out _) ? iso : null;
        }

        var text = _text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        return Published is { } pub && (text.Contains(" today", StringComparison.Ordinal))
            ? pub.ToString()
            : null;
    }
}
