namespace Stakeholders.Network.Extraction.Text;

/// <summary>A word or punctuation mark and where it is in the text.</summary>
internal readonly record struct Token(string Text, int Start, int End, bool IsWord)
{
    /// <summary>Starts with an upper-case letter (or is an ordinal like <c>133rd</c>).</summary>
    public bool IsCapitalized => IsWord && (char.IsUpper(Text[0]) || IsOrdinal);

    public bool IsOrdinal => IsWord && char.IsDigit(Text[0]) && (Text.EndsWith("st", StringComparison.Ordinal) || Text.EndsWith("nd", StringComparison.Ordinal) || Text.EndsWith("rd", StringComparison.Ordinal) || Text.EndsWith("th", StringComparison.Ordinal));

    public bool IsYear => IsWord && Text.Length == 4 && Text.All(char.IsDigit) && (Text[0] == '1' || Text[0] == '2');

    public bool IsAllCaps => IsWord && Text.Count(char.IsLetter) >= 2 && Text.Where(char.IsLetter).All(char.IsUpper);

    public bool Is(string text) => string.Equals(Text, text, StringComparison.Ordinal);

    public bool IsIgnoreCase(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A sentence: a range of tokens, and its character span.</summary>
internal sealed record Sentence(int Index, int FirstToken, int EndToken, int Start, int End, bool IsHeadline);

/// <summary>Splits text into tokens and sentences with character offsets.</summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Dr", "Mr", "Ms", "Mrs", "Prof", "Jr", "Sr", "St", "No", "Co", "Ltd", "Inc", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Gen", "Gov", "Sen", "Rep", "Vol", "vs", "etc", "Ph", "Esq",
    };

    public static List<Token> Tokenize(string text, IReadOnlySet<string> dottedWords)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                tokens.Add(new Token("\n", i, i + 1, false));
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if ((d is '-' or '\'' or '\u2019' or ',' or '.') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                        && (d != ',' || (char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                var word = text[start..i];
                if (i < text.Length && text[i] == '.' && KeepsDot(word, dottedWords))
                {
                    i++;
                    word = text[start..i];
                }

                tokens.Add(new Token(word, start, i, true));
                continue;
            }

            tokens.Add(new Token(c.ToString(), i, i + 1, false));
            i++;
        }

        return tokens;
    }

    private static bool KeepsDot(string word, IReadOnlySet<string> dottedWords) =>
        Abbreviations.Contains(word)
        || (word.Length == 1 && char.IsUpper(word[0]))
        || (word.Contains('.', StringComparison.Ordinal) && word.Length <= 6)
        || dottedWords.Contains(word + ".");

    public static List<Sentence> Sentences(string text, List<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var t = 0; t <= tokens.Count; t++)
        {
            var end = t == tokens.Count;
            var breakHere = end;
            var include = false;
            if (!end)
            {
                var tok = tokens[t];
                if (tok.Text == "\n")
                {
                    breakHere = true;
                }
                else if (!tok.IsWord && (tok.Text is "." or "!" or "?"))
                {
                    var next = t + 1 < tokens.Count ? tokens[t + 1] : default;
                    if (t + 1 >= tokens.Count || next.Text == "\n" || next.IsCapitalized || next.Text is "\"" or "\u201C" or "(" || (next.IsWord && char.IsDigit(next.Text[0])))
                    {
                        breakHere = true;
                        include = true;
                    }
                }
            }

            if (!breakHere)
            {
                continue;
            }

            var last = include ? t + 1 : t;
            // Keep a closing quote with the sentence it closes.
            if (include && last < tokens.Count && tokens[last].Text is "\"" or "\u201D" && (last + 1 >= tokens.Count || tokens[last + 1].Text == "\n" || tokens[last + 1].Start > tokens[last].End))
            {
                last++;
                t++;
            }

            if (last > first)
            {
                var s = tokens[first].Start;
                var e = tokens[last - 1].End;
                sentences.Add(new Sentence(sentences.Count, first, last, s, e, IsHeadline(text, tokens, first, last)));
            }

            first = include ? t + 1 : t + 1;
            if (!include && !end && tokens[t].Text != "\n")
            {
                first = t;
            }
        }

        return sentences;
    }

    /// <summary>A title-case line without a final full stop (a headline): most of its longer words are capitalised.</summary>
    private static bool IsHeadline(string text, List<Token> tokens, int first, int last)
    {
        if (tokens[last - 1].Text is "." or "!" or "?")
        {
            return false;
        }

        var lineEnd = tokens[last - 1].End;
        if (lineEnd < text.Length && text[lineEnd] != '\n' && text[lineEnd] != '\r')
        {
            return false;
        }

        int longWords = 0, capitalised = 0;
        for (var t = first; t < last; t++)
        {
            if (tokens[t].IsWord && tokens[t].Text.Length >= 4 && char.IsLetter(tokens[t].Text[0]))
            {
                longWords++;
                if (char.IsUpper(tokens[t].Text[0]))
                {
                    capitalised++;
                }
            }
        }

        return longWords >= 4 && capitalised >= 0.7 * longWords;
    }
}
