using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>Not written yet.</summary>
public static class GexfFormat
{
    /// <summary>Not written yet.</summary>
    public static StakeholderNetwork Read(string path) => throw new NotSupportedException($"Reading '{path}' in this format is not implemented yet.");

    /// <summary>Not written yet.</summary>
    public static void Write(StakeholderNetwork network, string path) => throw new NotSupportedException($"Writing '{path}' in this format is not implemented yet.");
}
