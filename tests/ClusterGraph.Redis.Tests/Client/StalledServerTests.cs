using System.Diagnostics;
using System.Globalization;
using ClusterGraph.Redis.Protocol;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.Client;

[Collection(ServerFaultCollection.Name)]
public sealed class StalledServerTests
{
    [Fact]
    public async Task Commands_time_out_while_the_server_is_stopped_and_late_replies_stay_in_order()
    {
        using RedisServer server = RedisServer.Start();
        await using RedisClient client = await RedisClient.ConnectAsync(server.Options(o => o.CommandTimeout = TimeSpan.FromMilliseconds(300)));
        await client.SetAsync("first", "1");
        await client.SetAsync("second", "2");

        Signal("STOP", server.ProcessId);
        try
        {
            // Sent while the server is stopped: each times out, but its reply will still arrive later.
            await Assert.ThrowsAsync<RedisTimeoutException>(() => client.GetStringAsync("first"));
            await Assert.ThrowsAsync<RedisTimeoutException>(() => client.GetStringAsync("first"));
        }
        finally
        {
            Signal("CONT", server.ProcessId);
        }

        // The two late "1" replies are matched to the timed-out commands, not to these.
        Assert.Equal("2", await client.GetStringAsync("second"));
        RespValue[] replies = await Task.WhenAll(client.ExecuteAsync(["GET", "first"]), client.ExecuteAsync(["GET", "second"]));
        Assert.Equal(["1", "2"], replies.Select(r => r.AsString()));
    }

    private static void Signal(string signal, int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, pid.ToString(CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit(10_000);
        Assert.Equal(0, kill.ExitCode);
    }
}
