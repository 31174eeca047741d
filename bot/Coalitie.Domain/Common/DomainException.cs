namespace Coalitie.Domain.Common;

/// <summary>
/// An illegal transition or invalid value in the domain. <see cref="Code"/> is stable (the host turns it into a
/// Dutch or English sentence); <see cref="Arguments"/> fill that sentence; <see cref="Field"/> names the form field
/// the error belongs to, when there is one. The message is English, for logs and developers.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException()
        : this("domain.error", "A domain rule was violated.")
    {
    }

    public DomainException(string message)
        : this("domain.error", message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "domain.error";
        Arguments = [];
    }

    public DomainException(string code, string message, string? field = null, params object[] arguments)
        : base(message)
    {
        Code = code;
        Field = field;
        Arguments = arguments;
    }

    public string Code { get; }

    public string? Field { get; }

    public IReadOnlyList<object> Arguments { get; }
}
