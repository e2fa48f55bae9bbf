using System.Text.Json;
using Stakeholders.Network.Neo4j.Http;

namespace Stakeholders.Network.Neo4j;

/// <summary>
/// Receives a row's properties as <see cref="Neo4jGraphModel"/> maps a model record, one call per property, so the one
/// mapping fills a dictionary (<see cref="DictionarySink"/>) or writes JSON straight into a request body
/// (<see cref="JsonSink"/>).
/// </summary>
internal interface IPropertySink
{
    void Add(string name, string value);

    void Add(string name, double value);

    void Add(string name, bool value);

    void Add(string name, DateOnly value);

    void AddStrings<T>(string name, IReadOnlyList<T> items, Func<T, string> select);

    void AddLongs<T>(string name, IReadOnlyList<T> items, Func<T, long> select);

    /// <summary>Opens a nested map; the properties up to <see cref="EndMap"/> go into it.</summary>
    void BeginMap(string name);

    void EndMap();
}

/// <summary>Builds a property dictionary (values as the parameter writer takes them: strings, doubles, bools, dates, arrays).</summary>
internal sealed class DictionarySink : IPropertySink
{
    private readonly Stack<Dictionary<string, object?>> _maps = new();

    private DictionarySink() => _maps.Push(new Dictionary<string, object?>(StringComparer.Ordinal));

    public static Dictionary<string, object?> Build<T>(T item, Action<T, IPropertySink> write)
    {
        var sink = new DictionarySink();
        write(item, sink);
        return sink._maps.Single();
    }

    public void Add(string name, string value) => _maps.Peek()[name] = value;

    public void Add(string name, double value) => _maps.Peek()[name] = value;

    public void Add(string name, bool value) => _maps.Peek()[name] = value;

    public void Add(string name, DateOnly value) => _maps.Peek()[name] = value;

    public void AddStrings<T>(string name, IReadOnlyList<T> items, Func<T, string> select) => _maps.Peek()[name] = items.Select(select).ToArray();

    public void AddLongs<T>(string name, IReadOnlyList<T> items, Func<T, long> select) => _maps.Peek()[name] = items.Select(select).ToArray();

    public void BeginMap(string name)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        _maps.Peek()[name] = map;
        _maps.Push(map);
    }

    public void EndMap() => _maps.Pop();
}

/// <summary>Writes the properties as JSON members of the object the writer is in, exactly as the dictionary would be written.</summary>
internal sealed class JsonSink(Utf8JsonWriter writer) : IPropertySink
{
    public void Add(string name, string value) => writer.WriteString(name, value);

    public void Add(string name, double value)
    {
        writer.WritePropertyName(name);
        CypherJson.WriteValue(writer, value, name);
    }

    public void Add(string name, bool value) => writer.WriteBoolean(name, value);

    public void Add(string name, DateOnly value)
    {
        writer.WritePropertyName(name);
        CypherJson.WriteValue(writer, value, name);
    }

    public void AddStrings<T>(string name, IReadOnlyList<T> items, Func<T, string> select)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writer.WriteStringValue(select(items[i]));
        }

        writer.WriteEndArray();
    }

    public void AddLongs<T>(string name, IReadOnlyList<T> items, Func<T, long> select)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writer.WriteNumberValue(select(items[i]));
        }

        writer.WriteEndArray();
    }

    public void BeginMap(string name) => writer.WriteStartObject(name);

    public void EndMap() => writer.WriteEndObject();
}

/// <summary>
/// The rows of one <c>UNWIND $rows</c> statement. The HTTP runner writes them straight from the model records
/// (<see cref="ICypherJsonValue"/>, no dictionaries); any other runner sees a list of property dictionaries, as the
/// parameter contract promises — both through the same mapping.
/// </summary>
internal sealed class PushRows<T>(IReadOnlyList<T> items, Action<T, IPropertySink> write)
    : IReadOnlyList<IReadOnlyDictionary<string, object?>>, ICypherJsonValue
{
    public int Count => items.Count;

    public IReadOnlyDictionary<string, object?> this[int index] => DictionarySink.Build(items[index], write);

    public void WriteTo(Utf8JsonWriter writer)
    {
        var sink = new JsonSink(writer);
        writer.WriteStartArray();
        for (var i = 0; i < items.Count; i++)
        {
            writer.WriteStartObject();
            write(items[i], sink);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public IEnumerator<IReadOnlyDictionary<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
