namespace Stakeholders.Network;

/// <summary>
/// An options record was given a value out of range. Thrown by every <c>Validate()</c> of the library's options records
/// (and so by every algorithm given such options) before any work is done; the CLI maps it to exit code 2.
/// </summary>
/// <remarks>
/// Derives from <see cref="ArgumentException"/>, so existing <c>catch (ArgumentException)</c> blocks still see it;
/// <see cref="ArgumentException.ParamName"/> equals <see cref="OptionName"/> and <see cref="Message"/> equals
/// <see cref="Reason"/> (no "(Parameter ...)" suffix to strip).
/// </remarks>
public sealed class InvalidOptionException : ArgumentException
{
    /// <summary>Creates the exception for the option <paramref name="optionName"/>.</summary>
    /// <param name="optionName">The option's property name, e.g. <c>Tolerance</c>.</param>
    /// <param name="reason">A sentence that names the option, the rule and the value given.</param>
    public InvalidOptionException(string optionName, string reason)
        : base(reason, optionName)
    {
        OptionName = optionName;
        Reason = reason;
    }

    /// <summary>Creates the exception for the option <paramref name="optionName"/>, caused by <paramref name="innerException"/>.</summary>
    public InvalidOptionException(string optionName, string reason, Exception innerException)
        : base(reason, optionName, innerException)
    {
        OptionName = optionName;
        Reason = reason;
    }

    /// <summary>Creates the exception with no option name (prefer the two-argument form).</summary>
    public InvalidOptionException()
        : this("options", "An option is not valid.")
    {
    }

    /// <summary>Creates the exception with a reason and no option name (prefer the two-argument form).</summary>
    public InvalidOptionException(string reason)
        : this("options", reason)
    {
    }

    /// <summary>Creates the exception with a reason and a cause.</summary>
    public InvalidOptionException(string reason, Exception innerException)
        : base(reason, innerException)
    {
        OptionName = "options";
        Reason = reason;
    }

    /// <summary>The name of the offending option (the property name on the options record).</summary>
    public string OptionName { get; }

    /// <summary>Why the value was refused: names the option, the rule and the value.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string Message => Reason;
}
