using System.Text;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction.Rules;

/// <summary>One stakeholder found in a document, with every name the document gives it.</summary>
internal sealed class Entity
{
    public Entity(int order, string name, StakeholderKind kind, OrganizationType type)
    {
        Order = order;
        Name = name;
        Kind = kind;
        Type = type;
    }

    public int Order { get; }

    public string Name { get; set; }

    public StakeholderKind Kind { get; }

    public OrganizationType Type { get; set; }

    public List<string> Aliases { get; } = [];

    public string? Description { get; set; }

    public string? EventDate { get; set; }

    public int Mentions { get; set; }

    public string Id { get; set; } = string.Empty;

    public string HeadWord { get; set; } = string.Empty;
}

/// <summary>The stakeholders of one document, found by any of their names (case-insensitive, "the" and quotes ignored).</summary>
internal sealed class EntityRegistry
{
    private static readonly string[] GenericSuffixes = [" group", " corporation", " co.", " co., ltd.", " ltd.", " limited", " inc.", " company", " corporation limited", " group corporation"];
    private readonly Dictionary<string, Entity> _byKey = new(StringComparer.Ordinal);

    public List<Entity> All { get; } = [];

    public static string Key(string name)
    {
        var s = name.Trim();
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..];
        }

        var b = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (c is '"' or '\u201C' or '\u201D')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = b.Length > 0;
                continue;
            }

            if (space)
            {
                b.Append(' ');
                space = false;
            }

            b.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
        }

        return b.ToString();
    }

    /// <summary>The key without a generic company suffix ("rge group" → "rge"), or null when there is none.</summary>
    public static string? StemKey(string key)
    {
        foreach (var suffix in GenericSuffixes.OrderByDescending(s => s.Length))
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length + 1)
            {
                return key[..^suffix.Length];
            }
        }

        return null;
    }

    public Entity? Find(string name)
    {
        var key = Key(name);
        if (_byKey.TryGetValue(key, out var e))
        {
            return e;
        }

        var stem = StemKey(key);
        return stem is not null && _byKey.TryGetValue(stem, out e) ? e : null;
    }

    public Entity GetOrAdd(string name, StakeholderKind kind, OrganizationType type)
    {
        var found = Find(name);
        if (found is not null && (found.Kind == kind || kind == StakeholderKind.Organization && found.Kind == StakeholderKind.Place))
        {
            found.Mentions++;
            if (found.Type == OrganizationType.Unspecified && type != OrganizationType.Unspecified)
            {
                found.Type = type;
            }

            return found;
        }

        if (found is not null)
        {
            found.Mentions++;
            return found;
        }

        var entity = new Entity(All.Count, name, kind, type) { Mentions = 1 };
        All.Add(entity);
        Register(entity, name);
        return entity;
    }

    public void AddAlias(Entity entity, string alias)
    {
        var key = Key(alias);
        if (key.Length == 0 || Key(entity.Name) == key)
        {
            return;
        }

        if (!entity.Aliases.Any(a => Key(a) == key))
        {
            entity.Aliases.Add(alias.Trim());
        }

        Register(entity, alias);
    }

    private static readonly string[] PlaceSuffixes = [" district", " city", " province", " county", " municipality", " prefecture"];

    private void Register(Entity entity, string name)
    {
        var key = Key(name);
        _byKey.TryAdd(key, entity);
        if (entity.Kind == StakeholderKind.Place)
        {
            // "Shijingshan District" is also "Shijingshan"
            foreach (var suffix in PlaceSuffixes)
            {
                if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length + 2)
                {
                    _byKey.TryAdd(key[..^suffix.Length], entity);
                }
            }
        }

        var stem = StemKey(key);
        if (stem is not null)
        {
            _byKey.TryAdd(stem, entity);
        }
    }
}
