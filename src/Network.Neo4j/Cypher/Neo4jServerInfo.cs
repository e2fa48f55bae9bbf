using System.Globalization;

namespace Stakeholders.Network.Neo4j;

/// <summary>The Cypher dialect a server speaks, chosen from its major version.</summary>
public enum CypherDialect
{
    /// <summary>Neo4j 3.x: <c>CREATE CONSTRAINT ON (n:L) ASSERT n.id IS UNIQUE</c>, <c>CALL dbms.procedures()</c>.</summary>
    V3,

    /// <summary>Neo4j 4.x: named constraints with <c>IF NOT EXISTS ON ... ASSERT</c>.</summary>
    V4,

    /// <summary>Neo4j 5.x and the calendar-versioned releases after it (2025.x): <c>IF NOT EXISTS FOR ... REQUIRE</c>, <c>SHOW PROCEDURES</c>.</summary>
    V5,
}

/// <summary>What the adapter knows about the server it talks to.</summary>
/// <param name="Version">The kernel version, such as <c>3.1.1</c>, <c>5.20.0</c> or <c>2025.01.0</c>.</param>
/// <param name="Edition">The edition (<c>community</c>, <c>enterprise</c>), when known.</param>
/// <param name="Api">The HTTP API in use (never <see cref="Neo4jApi.Auto"/>).</param>
public sealed record Neo4jServerInfo(string Version, string? Edition, Neo4jApi Api)
{
    /// <summary>The major version: 3, 4, 5, or the calendar year for 2025.x and later.</summary>
    public int Major => ParseMajor(Version);

    /// <summary>The dialect the version implies: 3 → V3, 4 → V4, 5 and later (including 2025.x) → V5.</summary>
    public CypherDialect Dialect => DialectOf(Version);

    /// <summary>The dialect for a version string.</summary>
    /// <exception cref="FormatException">The version does not start with a number.</exception>
    internal static CypherDialect DialectOf(string version) => ParseMajor(version) switch
    {
        <= 3 => CypherDialect.V3,
        4 => CypherDialect.V4,
        _ => CypherDialect.V5,
    };

    private static int ParseMajor(string version)
    {
        var digits = new string((version ?? string.Empty).Trim().TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            throw new FormatException($"'{version}' is not a Neo4j version.");
        }

        return major;
    }
}

/// <summary>The Cypher text that differs between server versions. Names are validated and quoted; values are never spliced.</summary>
internal static class CypherSyntax
{
    /// <summary>The statement that creates a uniqueness constraint on <paramref name="property"/> of nodes labelled <paramref name="label"/>, if it does not exist.</summary>
    /// <param name="dialect">The server's dialect.</param>
    /// <param name="name">The constraint's name (ignored on 3.x, which has no constraint names).</param>
    /// <param name="label">The label.</param>
    /// <param name="property">The property key.</param>
    public static string UniqueConstraint(CypherDialect dialect, string name, string label, string property)
    {
        var l = CypherNames.Quote(label, "label");
        var p = CypherNames.Quote(property, "property key");
        var n = CypherNames.Quote(name, "constraint name");
        return dialect switch
        {
            CypherDialect.V3 => $"CREATE CONSTRAINT ON (n:{l}) ASSERT n.{p} IS UNIQUE",
            CypherDialect.V4 => $"CREATE CONSTRAINT {n} IF NOT EXISTS ON (n:{l}) ASSERT n.{p} IS UNIQUE",
            _ => $"CREATE CONSTRAINT {n} IF NOT EXISTS FOR (n:{l}) REQUIRE n.{p} IS UNIQUE",
        };
    }

    /// <summary>A statement returning one row, column <c>n</c>, with how many installed procedures have the given name (parameter <c>$procedure</c>).</summary>
    public static string CountProcedures(CypherDialect dialect) => dialect switch
    {
        CypherDialect.V5 => "SHOW PROCEDURES YIELD name WHERE name = $procedure RETURN count(*) AS n",
        _ => "CALL dbms.procedures() YIELD name WHERE name = $procedure RETURN count(*) AS n",
    };
}
