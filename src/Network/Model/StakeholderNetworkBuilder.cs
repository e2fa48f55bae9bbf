using System.Globalization;
using Stakeholders.Network.IO;

namespace Stakeholders.Network.Model;

/// <summary>
/// Collects documents, stakeholders and ties, then validates them all at once and builds an immutable
/// <see cref="StakeholderNetwork"/>. Every problem is reported with its location, not just the first.
/// </summary>
/// <remarks>
/// Checks: blank or duplicate stakeholder, tie and document ids; ties to unknown stakeholders; invalid tie types;
/// periods that end before they start; negative or non-finite strengths; confidences outside 0..1; evidence without
/// a quote or pointing at an undeclared document (when any documents are declared). Readers add the problems they find
/// while parsing (bad dates, unknown kinds) through <see cref="ReportProblem"/>, so one error lists everything.
/// Not thread-safe.
/// </remarks>
public sealed class StakeholderNetworkBuilder
{
    private readonly List<(SourceDocument Document, string? Location)> _documents = [];
    private readonly List<(Stakeholder Stakeholder, string? Location)> _stakeholders = [];
    private readonly List<(Tie Tie, string? Location)> _ties = [];
    private readonly List<ValidationProblem> _reported = [];
    private NetworkReadOptions? _limits;

    /// <summary>A title for the network.</summary>
    public string? Title { get; set; }

    /// <summary>A description of the network.</summary>
    public string? Description { get; set; }

    /// <summary>The number of stakeholders added so far.</summary>
    public int StakeholderCount => _stakeholders.Count;

    /// <summary>The number of ties added so far.</summary>
    public int TieCount => _ties.Count;

    /// <summary>Adds a source document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="location">Where it came from (<c>file:line:column</c>), for error messages.</param>
    public StakeholderNetworkBuilder AddDocument(SourceDocument document, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add((document, location));
        return this;
    }

    /// <summary>Adds a stakeholder.</summary>
    /// <param name="stakeholder">The stakeholder.</param>
    /// <param name="location">Where it came from (<c>file:line:column</c>), for error messages.</param>
    public StakeholderNetworkBuilder AddStakeholder(Stakeholder stakeholder, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(stakeholder);
        if (_limits is { } limits)
        {
            if (_stakeholders.Count >= limits.MaxStakeholders)
            {
                throw LimitError(LocationOf(location, 1, _stakeholders.Count), "the number of stakeholders", limits.MaxStakeholders, "--max-stakeholders");
            }

            if (TooLong(stakeholder.Id, stakeholder.Name, stakeholder.Description) || TooLong(stakeholder.Aliases) || TooLong(stakeholder.Attributes))
            {
                throw LimitError(LocationOf(location, 1, _stakeholders.Count), "the length of a text", limits.MaxStringLength, "--max-string-length");
            }
        }

        _stakeholders.Add((stakeholder, location));
        return this;
    }

    /// <summary>Adds a tie.</summary>
    /// <param name="tie">The tie.</param>
    /// <param name="location">Where it came from (<c>file:line:column</c>), for error messages.</param>
    public StakeholderNetworkBuilder AddTie(Tie tie, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(tie);
        if (_limits is { } limits)
        {
            if (_ties.Count >= limits.MaxTies)
            {
                throw LimitError(LocationOf(location, 2, _ties.Count), "the number of ties", limits.MaxTies, "--max-ties");
            }

            var tooLong = TooLong(tie.Id, tie.Source, tie.Target) || TooLong(tie.Type.Name, tie.Role, null) || TooLong(tie.Attributes);
            foreach (var e in tie.Evidence)
            {
                tooLong |= TooLong(e.DocumentId, e.Quote, e.Url?.OriginalString);
            }

            if (tooLong)
            {
                throw LimitError(LocationOf(location, 2, _ties.Count), "the length of a text", limits.MaxStringLength, "--max-string-length");
            }
        }

        _ties.Add((tie, location));
        return this;
    }

    /// <summary>
    /// A builder for a reader: it enforces the limits of the read in progress (<see cref="NetworkReadOptions"/>) as
    /// stakeholders and ties are added, so a file beyond a limit is refused where it crosses it, before it fills memory.
    /// </summary>
    internal static StakeholderNetworkBuilder ForReading() => new() { _limits = ReadScope.Current };

    /// <summary>Records a problem found outside the builder (a reader's parse error), to be reported with the rest.</summary>
    public StakeholderNetworkBuilder ReportProblem(string location, string message)
    {
        _reported.Add(new ValidationProblem(location, message));
        return this;
    }

    /// <summary>Validates and builds the network.</summary>
    /// <exception cref="NetworkValidationException">Anything is wrong; the exception lists every problem.</exception>
    public StakeholderNetwork Build()
    {
        if (!TryBuild(out var network, out var problems))
        {
            throw new NetworkValidationException(problems);
        }

        return network;
    }

    /// <summary>Validates and builds the network, returning the problems instead of throwing.</summary>
    public bool TryBuild([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StakeholderNetwork? network, out IReadOnlyList<ValidationProblem> problems)
    {
        var found = new List<ValidationProblem>(_reported);
        var documentIds = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<SourceDocument>(_documents.Count);
        for (var i = 0; i < _documents.Count; i++)
        {
            var (d, location) = _documents[i];
            string Where() => LocationOf(location, 0, i) ?? string.Create(CultureInfo.InvariantCulture, $"document #{i + 1} '{d.Id}'");
            if (string.IsNullOrWhiteSpace(d.Id))
            {
                found.Add(new(Where(), "document id is blank"));
            }
            else if (!documentIds.Add(d.Id))
            {
                found.Add(new(Where(), $"duplicate document id '{d.Id}'"));
            }

            documents.Add(d);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var stakeholders = new List<Stakeholder>(_stakeholders.Count);
        for (var i = 0; i < _stakeholders.Count; i++)
        {
            var (s, location) = _stakeholders[i];
            string Where() => LocationOf(location, 1, i) ?? string.Create(CultureInfo.InvariantCulture, $"stakeholder #{i + 1} '{s.Id}'");
            if (string.IsNullOrWhiteSpace(s.Id))
            {
                found.Add(new(Where(), "stakeholder id is blank"));
            }
            else if (!ids.Add(s.Id))
            {
                found.Add(new(Where(), $"duplicate stakeholder id '{s.Id}'"));
            }

            if (string.IsNullOrWhiteSpace(s.Name))
            {
                found.Add(new(Where(), $"stakeholder '{s.Id}' has no name"));
            }

            if (!Enum.IsDefined(s.Kind))
            {
                found.Add(new(Where(), $"stakeholder '{s.Id}' has an unknown kind {(int)s.Kind}"));
            }

            if (s.OrganizationType != OrganizationType.Unspecified && s.Kind != StakeholderKind.Organization)
            {
                found.Add(new(Where(), $"stakeholder '{s.Id}' is a {s.Kind.ToName()} but has organization type '{s.OrganizationType.ToName()}'"));
            }

            stakeholders.Add(Normalize(s));
        }

        var tieIds = new HashSet<string>(_ties.Count, StringComparer.Ordinal);
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        var ties = new List<Tie>(_ties.Count);
        for (var i = 0; i < _ties.Count; i++)
        {
            var (t, location) = _ties[i];
            var id = string.IsNullOrEmpty(t.Id) ? DeriveTieId(t, tieIds, nextSuffix) : t.Id;
            string Where() => LocationOf(location, 2, i) ?? string.Create(CultureInfo.InvariantCulture, $"tie #{i + 1} '{id}'");
            if (string.IsNullOrWhiteSpace(id))
            {
                found.Add(new(Where(), "tie id is blank"));
            }
            else if (!tieIds.Add(id))
            {
                found.Add(new(Where(), $"duplicate tie id '{id}'"));
            }

            if (!ids.Contains(t.Source ?? string.Empty))
            {
                found.Add(new(Where(), $"tie '{id}' starts at unknown stakeholder '{t.Source}'"));
            }

            if (!ids.Contains(t.Target ?? string.Empty))
            {
                found.Add(new(Where(), $"tie '{id}' ends at unknown stakeholder '{t.Target}'"));
            }

            if (!t.Type.IsValid)
            {
                found.Add(new(Where(), $"tie '{id}' has an invalid type '{t.Type.Name}' (blank, control characters or over 200 characters)"));
            }

            if (t.Period is { IsInverted: true } p)
            {
                found.Add(new(Where(), $"tie '{id}' ends ({p.End}) before it starts ({p.Start})"));
            }

            if (!double.IsFinite(t.Strength) || t.Strength < 0)
            {
                found.Add(new(Where(), string.Create(CultureInfo.InvariantCulture, $"tie '{id}' has strength {t.Strength}; it must be a finite number >= 0")));
            }

            if (!(t.Confidence is >= 0 and <= 1))
            {
                found.Add(new(Where(), string.Create(CultureInfo.InvariantCulture, $"tie '{id}' has confidence {t.Confidence}; it must be between 0 and 1")));
            }

            for (var e = 0; e < t.Evidence.Count; e++)
            {
                var evidence = t.Evidence[e];
                if (string.IsNullOrWhiteSpace(evidence.Quote))
                {
                    found.Add(new(Where(), $"tie '{id}' evidence #{e + 1} has no quote"));
                }

                if (string.IsNullOrWhiteSpace(evidence.DocumentId))
                {
                    found.Add(new(Where(), $"tie '{id}' evidence #{e + 1} names no document"));
                }
                else if (documentIds.Count > 0 && !documentIds.Contains(evidence.DocumentId))
                {
                    found.Add(new(Where(), $"tie '{id}' evidence #{e + 1} cites unknown document '{evidence.DocumentId}'"));
                }
            }

            ties.Add(Normalize(t, id));
        }

        problems = found;
        if (found.Count > 0)
        {
            network = null;
            return false;
        }

        network = new StakeholderNetwork(Title, Description, documents, stakeholders, ties);
        return true;
    }

    /// <summary>
    /// The id of a tie that has none: <c>source|type|target</c>, or the first free <c>source|type|target|n</c> (n ≥ 2)
    /// for a parallel tie. The next suffix to try is remembered per stem, so n parallel ties cost O(n), not O(n²): ids
    /// only ever join <paramref name="taken"/>, so every suffix below the remembered one is still taken.
    /// </summary>
    private static string DeriveTieId(Tie tie, HashSet<string> taken, Dictionary<string, int> nextSuffix)
    {
        var stem = $"{tie.Source}|{tie.Type.Name}|{tie.Target}";
        if (!taken.Contains(stem))
        {
            return stem;
        }

        ref var next = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(nextSuffix, stem, out _);
        for (var n = Math.Max(next, 2); ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{stem}|{n}");
            if (!taken.Contains(candidate))
            {
                next = n + 1;
                return candidate;
            }
        }
    }

    private static NetworkFormatException LimitError(string? location, string what, int limit, string option)
    {
        var (file, line, column) = NetworkFormatException.ParseLocation(location);
        return NetworkReadOptions.Exceeded(file, line, column, what, limit, option);
    }

    private bool TooLong(string? a, string? b, string? c)
    {
        var max = _limits!.MaxStringLength;
        return (a?.Length ?? 0) > max || (b?.Length ?? 0) > max || (c?.Length ?? 0) > max;
    }

    private bool TooLong(IReadOnlyList<string> texts)
    {
        foreach (var text in texts)
        {
            if (TooLong(text, null, null))
            {
                return true;
            }
        }

        return false;
    }

    private bool TooLong(IReadOnlyDictionary<string, string> attributes)
    {
        foreach (var (key, value) in attributes)
        {
            if (TooLong(key, value, null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds the location of the n-th document (kind 0), stakeholder (1) or tie (2) that was added
    /// without one, only when a problem needs it: a reader keeps cheap offsets and turns one into <c>file:line:column</c>
    /// on demand, so valid input pays nothing for positions.
    /// </summary>
    internal Func<int, int, string?>? Locator { get; set; }

    private string? LocationOf(string? location, int kind, int index) => location ?? Locator?.Invoke(kind, index);

    private static Stakeholder Normalize(Stakeholder s) => s with
    {
        Aliases = s.Aliases.Count == 0 ? [] : s.Aliases.ToArray(),
        Attributes = Sorted(s.Attributes),
    };

    private static Tie Normalize(Tie t, string id) => t with
    {
        Id = id,
        Evidence = t.Evidence.ToArray(),
        Attributes = Sorted(t.Attributes),
    };

    private static IReadOnlyDictionary<string, string> Sorted(IReadOnlyDictionary<string, string> attributes)
    {
        if (attributes.Count == 0)
        {
            return Stakeholder.EmptyAttributes; // the default of every record: the same empty map
        }

        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in attributes)
        {
            sorted[k] = v;
        }

        return sorted;
    }
}
