using ClusterGraph.Redis.Protocol;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.Client;

/// <summary>A server with a password on the default user and an ACL user "alice".</summary>
public sealed class PasswordProtectedServer : IDisposable
{
    public RedisServer Server { get; } = RedisServer.Start(
        "--requirepass", "s3cret",
        "--user", "alice", "on", ">wonderland", "~*", "&*", "+@all");

    public void Dispose() => Server.Dispose();
}

public sealed class AuthenticationTests(PasswordProtectedServer fixture) : IClassFixture<PasswordProtectedServer>
{
    public static TheoryData<RespProtocol> Protocols => [RespProtocol.Resp2, RespProtocol.Resp3];

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_wrong_password_fails_with_the_servers_WRONGPASS_message(RespProtocol protocol)
    {
        var error = await Assert.ThrowsAsync<RedisServerException>(() => RedisClient.ConnectAsync(
            fixture.Server.Options(o => { o.Protocol = protocol; o.Password = "wrong"; })));

        Assert.Equal("WRONGPASS", error.ErrorCode);
        Assert.Equal("WRONGPASS invalid username-password pair or user is disabled.", error.Message);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_wrong_acl_user_fails_with_WRONGPASS(RespProtocol protocol)
    {
        var error = await Assert.ThrowsAsync<RedisServerException>(() => RedisClient.ConnectAsync(
            fixture.Server.Options(o => { o.Protocol = protocol; o.User = "mallory"; o.Password = "wonderland"; })));

        Assert.Equal("WRONGPASS", error.ErrorCode);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task The_right_password_authenticates_the_default_user(RespProtocol protocol)
    {
        await using RedisClient client = await RedisClient.ConnectAsync(
            fixture.Server.Options(o => { o.Protocol = protocol; o.Password = "s3cret"; }));

        Assert.Equal("default", (await client.ExecuteAsync(["ACL", "WHOAMI"])).AsString());
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task An_acl_user_authenticates_and_selects_a_database(RespProtocol protocol)
    {
        await using RedisClient client = await RedisClient.ConnectAsync(
            fixture.Server.Options(o => { o.Protocol = protocol; o.User = "alice"; o.Password = "wonderland"; o.Database = 2; o.ClientName = "cg-test"; }));

        Assert.Equal("alice", (await client.ExecuteAsync(["ACL", "WHOAMI"])).AsString());
        string info = (await client.ExecuteAsync(["CLIENT", "INFO"])).AsString()!;
        Assert.Contains(" db=2 ", info, StringComparison.Ordinal);
        Assert.Contains(" name=cg-test ", info, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_password_resp3_is_refused_and_resp2_commands_get_NOAUTH()
    {
        var hello = await Assert.ThrowsAsync<RedisServerException>(() => RedisClient.ConnectAsync(
            fixture.Server.Options(o => o.Protocol = RespProtocol.Resp3)));
        await using RedisClient resp2 = await RedisClient.ConnectAsync(fixture.Server.Options(o => o.Protocol = RespProtocol.Resp2));
        var get = await Assert.ThrowsAsync<RedisServerException>(() => resp2.GetAsync("k"));

        Assert.Equal("NOAUTH", hello.ErrorCode);
        Assert.Equal("NOAUTH Authentication required.", get.Message);
    }

    [Fact]
    public async Task Pub_sub_authenticates_its_own_connection()
    {
        await using RedisClient client = await RedisClient.ConnectAsync(
            fixture.Server.Options(o => { o.User = "alice"; o.Password = "wonderland"; }));
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        await using var subscription = await client.SubscribeAsync("auth-chan", m => received.TrySetResult(m.PayloadText));
        await client.PublishAsync("auth-chan", "ok");

        Assert.Equal("ok", await received.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
