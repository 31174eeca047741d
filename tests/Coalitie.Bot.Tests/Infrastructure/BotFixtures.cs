using Coalitie.Testing;

namespace Coalitie.Bot.Tests.Infrastructure;

/// <summary>
/// A <see cref="TimeProvider"/> for the token issuer that reads the host's own clock once the host runs, so tokens are
/// valid for the bot without the tests naming the wall clock.
/// </summary>
public sealed class HostClock : TimeProvider
{
    public TimeProvider? Source { get; set; }

    public override DateTimeOffset GetUtcNow() =>
        (Source ?? throw new InvalidOperationException("Start the host before creating tokens.")).GetUtcNow();
}

/// <summary>A started bot in anonymous mode on its own SQLite file, shared by the tests of one class.</summary>
public sealed class AnonymousBotFixture : IAsyncLifetime, IDisposable
{
    private readonly SqliteFile _file = new();
    private bool _disposed;

    public AnonymousBotFixture()
    {
        Host = new BotHost(new SqliteStorage(_file.Path), Connector);
    }

    public FakeConnector Connector { get; } = new();

    public BotHost Host { get; }

    public SqliteFile File => _file;

    public FixtureIds NewIds() => new(Connector.ServiceUrl);

    public Task InitializeAsync()
    {
        _ = Host.Client;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Dispose();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Host.Dispose();
        Connector.Dispose();
        _file.Dispose();
    }
}

/// <summary>A started bot in authenticated mode against a <see cref="TestTokenIssuer"/>, on its own SQLite file.</summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime, IDisposable
{
    private readonly SqliteFile _file = new();
    private bool _disposed;
    private readonly HostClock _clock = new();

    public AuthenticatedBotFixture()
    {
        Issuer = new TestTokenIssuer(_clock);
        Host = new BotHost(new SqliteStorage(_file.Path), Connector, Issuer);
    }

    public FakeConnector Connector { get; } = new();

    public TestTokenIssuer Issuer { get; }

    public BotHost Host { get; }

    public FixtureIds NewIds() => new(Connector.ServiceUrl);

    public Task InitializeAsync()
    {
        _ = Host.Client;
        _clock.Source = Host.Services.GetRequiredService<TimeProvider>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Dispose();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Host.Dispose();
        Connector.Dispose();
        Issuer.Dispose();
        _file.Dispose();
    }
}
