using System.Collections.Frozen;

namespace ClusterGraph.GraphQL.AspNetCore.GraphiQL;

/// <summary>
/// GraphiQL 3.8.2 and React 18.3.1 UMD bundles, embedded in this assembly by the build (restored from
/// npm into web/node_modules, never committed) and served from the endpoint itself: no CDN, so the
/// page works offline.
/// </summary>
internal static class GraphiQLAssets
{
    /// <summary>The prefix of the embedded resources' logical names.</summary>
    public const string ResourcePrefix = "ClusterGraph.GraphiQL/";

    private static readonly FrozenDictionary<string, string> s_contentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["graphiql-setup.js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, byte[]>> s_contents = new(Load);

    /// <summary>The asset named <paramref name="name"/>, if it is one of the page's.</summary>
    public static bool TryGet(string name, out byte[] content, out string contentType)
    {
        content = [];
        if (!s_contentTypes.TryGetValue(name, out contentType!))
        {
            return false;
        }

        return s_contents.Value.TryGetValue(name, out content!);
    }

    private static FrozenDictionary<string, byte[]> Load()
    {
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        System.Reflection.Assembly assembly = typeof(GraphiQLAssets).Assembly;
        foreach (string name in s_contentTypes.Keys)
        {
            using Stream? stream = assembly.GetManifestResourceStream(ResourcePrefix + name);
            if (stream is null)
            {
                throw new InvalidOperationException(
                    $"The GraphiQL asset {name} is not embedded: the build restores it with `npm ci` in src/ClusterGraph.GraphQL.AspNetCore/web.");
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            contents[name] = buffer.ToArray();
        }

        return contents.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
