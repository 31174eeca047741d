using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coalitie.Teams.Routing;

/// <summary>
/// The route table: activity type, invoke name or card verb → one handler type. Built once at start-up; a second
/// registration for the same key fails there, not at run time.
/// </summary>
public sealed class BotRoutes
{
    private readonly Dictionary<string, Type> _activities = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Type> _invokes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Type> _cardActions = new(StringComparer.Ordinal);
    private readonly List<Type> _middleware = [];

    internal IReadOnlyDictionary<string, Type> Activities => _activities;

    internal IReadOnlyDictionary<string, Type> Invokes => _invokes;

    internal IReadOnlyDictionary<string, Type> CardActions => _cardActions;

    internal IReadOnlyList<Type> Middleware => _middleware;

    internal IServiceCollection? Services { get; set; }

    public BotRoutes OnActivity<THandler>(string activityType)
        where THandler : class, IActivityHandler => Add(_activities, activityType, typeof(THandler), "activity type");

    public BotRoutes OnInvoke<THandler>(string invokeName)
        where THandler : class, IInvokeHandler => Add(_invokes, invokeName, typeof(THandler), "invoke");

    public BotRoutes OnCardAction<THandler>(string verb)
        where THandler : class, ICardActionHandler => Add(_cardActions, verb, typeof(THandler), "card verb");

    public BotRoutes Use<TMiddleware>()
        where TMiddleware : class, ITurnMiddleware
    {
        if (_middleware.Contains(typeof(TMiddleware)))
        {
            throw new InvalidOperationException($"Middleware {typeof(TMiddleware).Name} is registered twice.");
        }

        _middleware.Add(typeof(TMiddleware));
        Services?.TryAddScoped(typeof(TMiddleware));
        return this;
    }

    /// <summary>All card verbs with a handler (for tests and for the cards catalogue).</summary>
    public IReadOnlyCollection<string> CardVerbs => _cardActions.Keys;

    private BotRoutes Add(Dictionary<string, Type> table, string key, Type handler, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (table.TryGetValue(key, out var existing))
        {
            throw new InvalidOperationException(
                $"Conflicting route: {kind} '{key}' is handled by {existing.Name} and {handler.Name}.");
        }

        table[key] = handler;
        Services?.TryAddScoped(handler);
        return this;
    }
}
