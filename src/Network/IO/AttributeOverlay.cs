using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>
/// Stakeholder attributes kept apart from a network (an analyst's ratings, for instance <c>power</c>, <c>legitimacy</c>,
/// <c>urgency</c>, <c>interest</c>) and laid over it: a CSV file whose header has an <c>id</c> column and one column per
/// attribute, one row per stakeholder. A non-empty cell sets (or replaces) that attribute of that stakeholder; an empty
/// cell leaves it as it is. The network itself is not changed: a changed copy is returned.
/// </summary>
public static class AttributeOverlay
{
    /// <summary>Lays the attributes of a CSV file over the network.</summary>
    /// <exception cref="NetworkFormatException">No <c>id</c> column, a row names an unknown or repeated stakeholder, or the CSV is malformed (file, line, column and reason).</exception>
    public static StakeholderNetwork ApplyCsv(StakeholderNetwork network, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ApplyCsvText(network, File.ReadAllText(path), path);
    }

    /// <summary>Lays the attributes of CSV text over the network; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="NetworkFormatException">As <see cref="ApplyCsv"/>.</exception>
    public static StakeholderNetwork ApplyCsvText(StakeholderNetwork network, string text, string sourceName = "<attributes>")
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(text);
        var records = CsvCodec.Parse(text, sourceName);
        if (records.Count == 0)
        {
            throw new NetworkFormatException(sourceName, 1, 1, "the attribute file is empty; it needs a header with an 'id' column");
        }

        var header = records[0];
        var idColumn = header.FindIndex(f => string.Equals(f.Text.Trim(), "id", StringComparison.OrdinalIgnoreCase));
        if (idColumn < 0)
        {
            throw new NetworkFormatException(sourceName, header[0].Line, 1, "the header has no 'id' column naming the stakeholder of each row");
        }

        var names = header.Select(f => f.Text.Trim()).ToArray();
        for (var c = 0; c < names.Length; c++)
        {
            if (c != idColumn && names[c].Length == 0)
            {
                throw new NetworkFormatException(sourceName, header[c].Line, header[c].Column, "a header cell is empty; every column needs an attribute name");
            }
        }

        var updates = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            if (record.Count != names.Length)
            {
                throw new NetworkFormatException(sourceName, record[0].Line, 1, $"the row has {record.Count} fields, the header {names.Length}");
            }

            var id = record[idColumn].Text.Trim();
            if (!network.Contains(id))
            {
                throw new NetworkFormatException(sourceName, record[idColumn].Line, record[idColumn].Column, $"no stakeholder has the id '{id}'");
            }

            if (updates.ContainsKey(id))
            {
                throw new NetworkFormatException(sourceName, record[idColumn].Line, record[idColumn].Column, $"stakeholder '{id}' appears in more than one row");
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < names.Length; c++)
            {
                var value = CsvCodec.Restore(record[c].Text.Trim());
                if (c != idColumn && value.Length > 0)
                {
                    values[names[c]] = value;
                }
            }

            updates[id] = values;
        }

        var builder = new StakeholderNetworkBuilder { Title = network.Title, Description = network.Description };
        foreach (var d in network.Documents)
        {
            builder.AddDocument(d);
        }

        foreach (var s in network.Stakeholders)
        {
            if (updates.TryGetValue(s.Id, out var values))
            {
                var merged = new Dictionary<string, string>(s.Attributes, StringComparer.Ordinal);
                foreach (var (k, v) in values)
                {
                    merged[k] = v;
                }

                builder.AddStakeholder(s with { Attributes = merged });
            }
            else
            {
                builder.AddStakeholder(s);
            }
        }

        foreach (var t in network.Ties)
        {
            builder.AddTie(t);
        }

        return builder.Build();
    }
}
