using System.Globalization;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Reports;

/// <summary>
/// The method section's account of a network extracted from documents (owned by the extraction feature): which
/// extractor and version found the ties (tie attribute <c>extractor</c>), from which documents, and how many ties an
/// analyst accepted or corrected in review (tie attribute <c>review</c>). Nothing for a network without extracted ties.
/// </summary>
internal static class ExtractionProvenance
{
    public static IEnumerable<string> Describe(StakeholderNetwork network)
    {
        var extracted = network.Ties.Where(t => t.Attributes.ContainsKey("extractor")).ToList();
        if (extracted.Count == 0)
        {
            yield break;
        }

        var ci = CultureInfo.InvariantCulture;
        var extractors = extracted.SelectMany(t => t.Attributes["extractor"].Split("; ")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var documents = extracted.SelectMany(t => t.Evidence.Select(e => e.DocumentId)).Distinct(StringComparer.Ordinal).ToList();
        var titles = documents.Select(id => network.Documents.FirstOrDefault(d => d.Id == id) is { } d
            ? $"{id}{(d.Title is null ? string.Empty : $" ({d.Title}{(d.Published is { } p ? ", " + p : string.Empty)})")}"
            : id);
        yield return string.Create(ci, $"Extracted network: {extracted.Count} of {network.Ties.Count} ties were found in documents by {string.Join(", ", extractors)}, from {documents.Count} document(s): {string.Join("; ", titles)}. Each extracted tie quotes its document; its confidence is the measured precision of the rule that found it.");
        var accepted = extracted.Count(t => t.Attributes.TryGetValue("review", out var r) && r == "accepted");
        var corrected = extracted.Count(t => t.Attributes.TryGetValue("review", out var r) && r == "corrected");
        yield return accepted + corrected == 0
            ? "No extracted tie has been reviewed by an analyst (stakeholders extract --review / --apply-review)."
            : string.Create(ci, $"Analyst review: {accepted + corrected} of {extracted.Count} extracted ties accepted ({corrected} of them corrected); ties the analyst did not accept were dropped.");
    }
}
