using ClusterGraph.Api.Hosting;

if (Commands.TryRun(args, out int exitCode))
{
    return exitCode;
}

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddClusterGraph();

WebApplication app = builder.Build();
app.MapClusterGraph();
app.Run();
return 0;

/// <summary>The host's entry point (public so tests can start it in-process).</summary>
public partial class Program;
