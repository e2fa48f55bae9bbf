using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>Not written yet.</summary>
public static class PajekFormat
{
    /// <summary>Not written yet.</summary>
    public static void Write(StakeholderNetwork network, string path) => throw new NotSupportedException($"Writing '{path}' in this format is not implemented yet.");
}
