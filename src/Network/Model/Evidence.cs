namespace Stakeholders.Network.Model;

/// <summary>
/// What a tie rests on: an exact quote from a source document.
/// </summary>
/// <param name="DocumentId">The id of the source document (see <see cref="SourceDocument"/>).</param>
/// <param name="Quote">The exact words of the source that state the tie, verbatim.</param>
/// <param name="Url">Where the document can be read, if public.</param>
/// <param name="Offset">The character offset of the quote in the document's text, if known.</param>
public sealed record Evidence(string DocumentId, string Quote, Uri? Url = null, int? Offset = null);

/// <summary>A document that evidence quotes come from.</summary>
/// <param name="Id">A stable id, such as the file name without extension.</param>
/// <param name="Title">A human-readable title.</param>
/// <param name="Url">Where the document can be read, if public.</param>
/// <param name="Published">When it was published, if known.</param>
/// <param name="Path">A path to a local copy, relative to the network file, if there is one.</param>
public sealed record SourceDocument(string Id, string? Title = null, Uri? Url = null, PartialDate? Published = null, string? Path = null);
