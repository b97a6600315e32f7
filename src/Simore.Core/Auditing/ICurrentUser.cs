namespace Simore.Core.Auditing;

/// <summary>Who is acting: the signed-in person, or the command line or a job.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    string Name { get; }
}

/// <summary>The actor when no person is signed in: the command line, a background job.</summary>
public sealed class SystemUser(string name = "system") : ICurrentUser
{
    public Guid? Id => null;

    public string Name { get; } = name;
}
