using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.Client;

/// <summary>A TLS-only redis-server with a self-signed certificate made for the test.</summary>
public sealed class TlsServer : IDisposable
{
    public TlsServer()
    {
        using RSA key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        Thumbprint = certificate.Thumbprint;
        string certificatePem = certificate.ExportCertificatePem();
        string keyPem = key.ExportPkcs8PrivateKeyPem();

        Server = RedisServer.StartTls(directory =>
        {
            string certificateFile = Path.Combine(directory, "server.crt");
            string keyFile = Path.Combine(directory, "server.key");
            File.WriteAllText(certificateFile, certificatePem);
            File.WriteAllText(keyFile, keyPem);
            return ["--tls-cert-file", certificateFile, "--tls-key-file", keyFile, "--tls-ca-cert-file", certificateFile, "--tls-auth-clients", "no"];
        }, Thumbprint);
    }

    public RedisServer Server { get; }

    public string Thumbprint { get; }

    public void Dispose() => Server.Dispose();
}

public sealed class TlsTests(TlsServer fixture) : IClassFixture<TlsServer>
{
    [Fact]
    public async Task Commands_and_pub_sub_work_over_tls_with_a_pinned_certificate()
    {
        await using RedisClient client = await RedisClient.ConnectAsync(fixture.Server.Options(o =>
        {
            o.UseTls = true;
            o.TlsHostName = "localhost";
            o.RemoteCertificateValidation = (_, certificate, _, _) =>
                certificate is not null && new X509Certificate2(certificate).Thumbprint == fixture.Thumbprint;
        }));
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        await client.SetAsync("tls-key", "secret-value");
        await using var subscription = await client.SubscribeAsync("tls-chan", m => received.TrySetResult(m.PayloadText));
        await client.PublishAsync("tls-chan", "over-tls");

        Assert.Equal("secret-value", await client.GetStringAsync("tls-key"));
        Assert.Equal("over-tls", await received.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task An_untrusted_certificate_fails_the_connection()
    {
        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => RedisClient.ConnectAsync(
            fixture.Server.Options(o => { o.UseTls = true; o.TlsHostName = "localhost"; })));

        Assert.StartsWith($"TLS with 127.0.0.1:{fixture.Server.Port} failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_text_to_a_tls_port_does_not_connect()
    {
        await Assert.ThrowsAnyAsync<RedisException>(() => RedisClient.ConnectAsync(
            fixture.Server.Options(o => o.ConnectTimeout = TimeSpan.FromSeconds(2))));
    }
}
