namespace Stakeholders.Network.Extraction.Rules;

/// <summary>A mention of an entity in a sentence: token range and character span in the analysed text.</summary>
internal sealed record Mention(Entity Entity, int FirstToken, int EndToken, int Start, int End, bool Inner);

/// <summary>A tie found by a rule, before it is turned into a model tie.</summary>
internal sealed record FoundTie(Entity Source, Entity Target, string Type, string Rule, int QuoteStart, int QuoteEnd, string? Role);
