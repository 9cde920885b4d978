using System.Globalization;
using ClusterGraph.Api.Auth;
using ClusterGraph.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>At most two operation names get their own metric series.</summary>
public sealed class CappedNamesApi : OperationsHost
{
    protected override Dictionary<string, string?> Settings() => new() { ["ClusterGraph:Metrics:MaxOperationNames"] = "2" };
}

/// <summary>A cost budget of 12 per client IP over an hour (one token back every 300 s), so a test can spend it.</summary>
public sealed class CostBudgetApi : OperationsHost
{
    public const int PerIpCost = 12;
    public const int WindowSeconds = 3600;

    protected override Dictionary<string, string?> Settings() => new()
    {
        ["ClusterGraph:RateLimits:PerIpCost"] = PerIpCost.ToString(CultureInfo.InvariantCulture),
        ["ClusterGraph:RateLimits:WindowSeconds"] = WindowSeconds.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>One request per client IP per hour, with the test's own address (127.0.0.1) a known proxy.</summary>
public sealed class TrustedProxyApi : OperationsHost
{
    protected override Dictionary<string, string?> Settings() => new()
    {
        ["ClusterGraph:RateLimits:PerIpPermits"] = "1",
        ["ClusterGraph:RateLimits:WindowSeconds"] = "3600",
        ["ClusterGraph:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
    };
}

/// <summary>One request per client IP per hour; the known proxy is some other machine, so the test's X-Forwarded-For is not believed.</summary>
public sealed class OtherProxyApi : OperationsHost
{
    protected override Dictionary<string, string?> Settings() => new()
    {
        ["ClusterGraph:RateLimits:PerIpPermits"] = "1",
        ["ClusterGraph:RateLimits:WindowSeconds"] = "3600",
        ["ClusterGraph:ForwardedHeaders:KnownProxies:0"] = "10.9.9.9",
        ["ClusterGraph:ForwardedHeaders:KnownNetworks:0"] = "192.0.2.0/24",
    };
}

/// <summary>Every log entry at every level, formatted by the host's own JSON console formatter into memory.</summary>
public sealed class LoggedApi : OperationsHost
{
    public JsonLogCapture Log { get; } = new();

    protected override Dictionary<string, string?> Settings() => [];

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ILoggerProvider>(provider =>
        {
            Log.Formatter = provider.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);
            return Log;
        });
        services.Configure<LoggerFilterOptions>(options => options.MinLevel = LogLevel.Trace);
    }
}

/// <summary>A host with a curator key, for writes before a stop.</summary>
public sealed class StoppableApi : OperationsHost
{
    public string CuratorKey { get; } = "curator-" + Guid.NewGuid().ToString("N");

    protected override Dictionary<string, string?> Settings() => new()
    {
        ["ClusterGraph:ApiKeys:2:Name"] = "cora-curator",
        ["ClusterGraph:ApiKeys:2:Role"] = Roles.Curator,
        ["ClusterGraph:ApiKeys:2:Hash"] = ApiKeyHasher.Hash(CuratorKey),
    };
}
