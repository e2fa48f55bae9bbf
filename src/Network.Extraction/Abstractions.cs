using Stakeholders.Network.Model;

namespace Stakeholders.Network.Extraction;

/// <summary>
/// Turns one document into stakeholders and the ties the document states, each tie carrying the exact quote it rests on,
/// its character offset, a confidence and the document's id. Implementations must be deterministic for a given input
/// and safe to call from several threads at once. The rule- and lexicon-based <see cref="RuleBasedExtractor"/> is the
/// default; a statistical model or a remote service can be plugged in behind the same interface.
/// </summary>
public interface IStakeholderExtractor
{
    /// <summary>A short stable name of the extractor, written into every tie it produces (attribute <c>extractor</c>).</summary>
    string Name { get; }

    /// <summary>The extractor's version (with the version of its lexicon data), written beside <see cref="Name"/>.</summary>
    string Version { get; }

    /// <summary>Extracts the network one document states. Never throws for unusable text: the result is empty and says why.</summary>
    ExtractionResult Extract(ExtractionDocument document, CancellationToken cancellationToken = default);
}

/// <summary>A document to extract from: its id (used in every evidence item), its text, and what is known about it.</summary>
/// <param name="Id">The document id, unique within a network (the file name without extension, by default).</param>
/// <param name="Text">The text as read: plain text, or HTML when <see cref="IsHtml"/> is set.</param>
public sealed record ExtractionDocument(string Id, string Text)
{
    /// <summary>The title, when known before extraction; otherwise the extractor takes the headline or the first sentence.</summary>
    public string? Title { get; init; }

    /// <summary>Where the document was published, when known.</summary>
    public Uri? Url { get; init; }

    /// <summary>The file the document was read from, when it was read from a file.</summary>
    public string? Path { get; init; }

    /// <summary>
    /// The text is HTML: the extractor reads the text with tags, scripts and styles removed and entities decoded, and maps
    /// every evidence offset back to the position in <see cref="Text"/>.
    /// </summary>
    public bool IsHtml { get; init; }
}

/// <summary>What an extractor found in one document.</summary>
/// <param name="Document">The source document (id, title, url, publication date from the dateline, path).</param>
/// <param name="Network">The stakeholders and ties found; empty when nothing could be extracted.</param>
/// <param name="Notes">Why nothing (or little) was extracted, and other remarks for the analyst; empty when all went well.</param>
public sealed record ExtractionResult(SourceDocument Document, StakeholderNetwork Network, IReadOnlyList<string> Notes)
{
    /// <summary>No stakeholder was found.</summary>
    public bool IsEmpty => Network.Stakeholders.Count == 0;
}

/// <summary>A document that cannot be read for extraction (empty, binary, too large, not English), with the reason.</summary>
public sealed class DocumentRejectedException : Exception
{
    /// <summary>Creates the exception for a file and a reason.</summary>
    public DocumentRejectedException(string path, string reason)
        : base($"{path}: nothing extracted: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public DocumentRejectedException()
        : this("<document>", "rejected")
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public DocumentRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "<document>";
        Reason = message;
    }

    /// <summary>The file (or document id) that was rejected.</summary>
    public string Path { get; }

    /// <summary>Why nothing was extracted from it.</summary>
    public string Reason { get; }
}
