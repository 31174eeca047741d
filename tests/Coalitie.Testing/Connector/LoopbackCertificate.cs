using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Coalitie.Testing;

/// <summary>Throw-away self-signed server certificates for HTTPS test servers on loopback.</summary>
public static class LoopbackCertificate
{
    /// <summary>A certificate with private key for <c>localhost</c> and <c>127.0.0.1</c>.</summary>
    public static X509Certificate2 Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        // Validity is not business time: a fixed, wide range keeps the certificate valid whenever the test runs.
        var notBefore = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var certificate = request.CreateSelfSigned(notBefore, notBefore.AddYears(100));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }

    /// <summary>A handler that accepts any server certificate, for clients of such test servers only.</summary>
    public static HttpMessageHandler CreateTrustingHandler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
    };
}
