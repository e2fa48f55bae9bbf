namespace Stakeholders.Network;

/// <summary>
/// A stakeholder id was looked up in a graph, projection or result that has no vertex with that id. Thrown by every
/// by-id lookup (<c>IndexOf(id)</c>, <c>ScoreOf(id)</c>, <c>CommunityOf(id)</c>, ...); each has a <c>Try</c> form that
/// returns false instead.
/// </summary>
/// <remarks>Derives from <see cref="KeyNotFoundException"/>, as a dictionary lookup of a missing key does.</remarks>
public sealed class UnknownStakeholderException : KeyNotFoundException
{
    /// <summary>Creates the exception for <paramref name="stakeholderId"/> with a one-line reason.</summary>
    public UnknownStakeholderException(string stakeholderId, string message)
        : base(message)
    {
        StakeholderId = stakeholderId;
    }

    /// <summary>Creates the exception with no id (prefer the two-argument form).</summary>
    public UnknownStakeholderException()
        : this(string.Empty, "Unknown stakeholder id.")
    {
    }

    /// <summary>Creates the exception with a message and no id (prefer the two-argument form).</summary>
    public UnknownStakeholderException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public UnknownStakeholderException(string message, Exception innerException)
        : base(message, innerException)
    {
        StakeholderId = string.Empty;
    }

    /// <summary>The id that was not found.</summary>
    public string StakeholderId { get; }
}
