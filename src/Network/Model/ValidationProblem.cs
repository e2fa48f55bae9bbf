namespace Stakeholders.Network.Model;

/// <summary>One thing wrong with a network's input, and where it is.</summary>
/// <param name="Location">Where: <c>file.json:12:5</c> when read from a file, <c>stakeholder #3 'li-xin'</c> otherwise.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record ValidationProblem(string Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>
/// Thrown when a network cannot be built because its input has problems. Carries every problem found, not just the first.
/// </summary>
public sealed class NetworkValidationException : Exception
{
    /// <summary>Creates the exception for a non-empty list of problems.</summary>
    public NetworkValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message and no listed problems.</summary>
    public NetworkValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with one problem.</summary>
    public NetworkValidationException(string message)
        : this([new ValidationProblem("input", message)])
    {
    }

    /// <summary>Creates the exception with one problem and its cause.</summary>
    public NetworkValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ValidationProblem("input", message)];
    }

    /// <summary>Every problem found, in input order.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ValidationProblem> problems) => problems.Count switch
    {
        0 => "The network is not valid.",
        1 => problems[0].ToString(),
        _ => $"{problems.Count} problems: " + string.Join("; ", problems.Select(p => p.ToString())),
    };
}
