using System.Text;

namespace Stakeholders.Network.Neo4j;

/// <summary>
/// Labels and relationship types cannot be Cypher parameters, so they are validated here and quoted with backticks
/// (a backtick inside is doubled). Every other value goes in as a parameter.
/// </summary>
internal static class CypherNames
{
    /// <summary>The longest label or relationship type accepted, in UTF-16 code units.</summary>
    public const int MaxLength = 200;

    /// <summary>Whether a label or relationship type can be quoted safely: non-blank, at most <see cref="MaxLength"/>
    /// characters, no control characters, no unpaired surrogates.</summary>
    public static bool IsValidName(string? name) => Problem(name) is null;

    /// <summary>Quotes a label or relationship type for Cypher: <c>a`b</c> becomes <c>`a``b`</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="what">What the name is ("relationship type", "label"), for the error message.</param>
    /// <exception cref="ArgumentException">The name is not valid (see <see cref="IsValidName"/>).</exception>
    public static string Quote(string name, string what = "name")
    {
        var problem = Problem(name);
        if (problem is not null)
        {
            throw new ArgumentException($"The {what} cannot be used in Cypher: {problem}.", nameof(name));
        }

        var quoted = new StringBuilder(name.Length + 4);
        quoted.Append('`');
        foreach (var c in name)
        {
            quoted.Append(c);
            if (c == '`')
            {
                quoted.Append('`');
            }
        }

        return quoted.Append('`').ToString();
    }

    private static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "it is blank";
        }

        if (name.Length > MaxLength)
        {
            return $"it is longer than {MaxLength} characters";
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsControl(c))
            {
                return $"it contains the control character U+{(int)c:X4}";
            }

            if (char.IsHighSurrogate(c) && (i + 1 >= name.Length || !char.IsLowSurrogate(name[i + 1])))
            {
                return "it contains an unpaired surrogate";
            }

            if (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(name[i - 1])))
            {
                return "it contains an unpaired surrogate";
            }
        }

        return null;
    }
}
