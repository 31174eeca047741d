using System.Security.Cryptography;
using System.Text;

namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>
/// The page's one stylesheet, inline (no external resources) and allowed by its SHA-256 hash in the
/// Content-Security-Policy, so no other style can run. Mobile first: readable from 320 px without sideways scrolling
/// (the heading scales with the viewport, long Dutch compounds may wrap), tap targets of at least 44 px, a focus
/// outline of 3 px that is visible on every control, and no meaning carried by colour alone. The legend floats inside
/// its fieldset, so a legend of several lines does not cross the border.
/// </summary>
internal static class BurgerpanelStyle
{
    public const string Css = """
        *,*::before,*::after{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:#fff;color:#1b1b1b;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        main{max-width:42rem;margin:0 auto;padding:1rem 1rem 3rem}
        h1{font-size:clamp(1.25rem,6.4vw,2rem);line-height:1.2;margin:.5rem 0 1rem}
        h2{font-size:1.25rem;line-height:1.25;margin:1.5rem 0 .5rem}
        h1,h2,legend,dt,dd,p,li,label{overflow-wrap:anywhere;hyphens:auto}
        p,ul{margin:0 0 1rem}
        ul{padding-left:1.25rem}
        li{margin-bottom:.25rem}
        a{color:#0b4f8a;text-decoration-thickness:.1em;text-underline-offset:.15em}
        .lead{font-size:1.125rem}
        .hint{color:#4a4a4a;margin:0 0 .5rem;font-size:1rem}
        .visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
        fieldset{margin:0 0 1.5rem;padding:0 1rem 1rem;border:2px solid #b1b4b6;border-radius:.5rem;min-width:0}
        legend{float:left;width:100%;padding:.75rem 0 0;font-weight:700;font-size:1.125rem;line-height:1.3}
        legend+*{clear:both}
        legend .summary{font-weight:400;color:#3b3b3b}
        details{margin:.5rem 0 .75rem}
        summary{display:inline-block;padding:.5rem 0;min-height:2.75rem;color:#0b4f8a;text-decoration:underline;cursor:pointer}
        details p{margin:.25rem 0 .5rem;padding-left:.75rem;border-left:4px solid #b1b4b6}
        .choices{display:grid;gap:.25rem;margin:0 0 .75rem}
        .choice{display:flex;align-items:center;gap:.75rem;min-height:2.75rem;padding:.375rem .5rem;border:1px solid #d0d3d4;border-radius:.375rem;cursor:pointer}
        .choice input{flex:none;width:1.5rem;height:1.5rem;margin:0;accent-color:#0b4f8a}
        .choice:has(input:checked){border-color:#0b4f8a;background:#eaf2fa;font-weight:600}
        .choice:has(input:focus-visible){outline:3px solid #0b0c0c;outline-offset:2px;background:#fff4c2}
        label{display:block}
        .field{margin:0 0 1.5rem}
        .field>label,.comment>label{font-weight:600;margin-bottom:.25rem}
        textarea{display:block;width:100%;min-height:5.5rem;padding:.5rem;font:inherit;color:inherit;border:2px solid #505a5f;border-radius:.25rem;resize:vertical}
        .comment{margin-top:.5rem}
        button{display:block;width:100%;min-height:3rem;padding:.75rem 1.5rem;font:inherit;font-weight:700;color:#fff;background:#00703c;border:0;border-radius:.375rem;box-shadow:0 2px 0 #002d18;cursor:pointer}
        button:hover{background:#005a30}
        a:focus-visible,summary:focus-visible,textarea:focus-visible,button:focus-visible,.error-summary:focus{outline:3px solid #0b0c0c;outline-offset:3px;box-shadow:0 0 0 6px #ffdd00}
        .error-summary{margin:0 0 1.5rem;padding:1rem;border:4px solid #b00020;border-radius:.25rem}
        .error-summary h2{margin-top:0}
        .error-summary a{color:#b00020;font-weight:700}
        .error-message{margin:.25rem 0 .5rem;color:#b00020;font-weight:700}
        .invalid{border-color:#b00020;border-left-width:6px}
        [aria-invalid=true]{border-color:#b00020}
        .answers{margin:0 0 1.5rem}
        .answers>div{padding:.5rem 0;border-bottom:1px solid #d0d3d4}
        .answers dt{font-weight:700}
        .answers dd{margin:0}
        .answers .comment{white-space:pre-line;color:#3b3b3b}
        .small{font-size:.9375rem;color:#4a4a4a}
        footer{margin-top:2rem;padding-top:1rem;border-top:1px solid #d0d3d4}
        @media (min-width:40rem){main{padding:2rem 1.5rem 4rem}button{display:inline-block;width:auto}}
        @media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
        """;

    /// <summary>The CSP source that allows exactly <see cref="Css"/>: <c>'sha256-…'</c>.</summary>
    public static string HashSource { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css))) + "'";
}
