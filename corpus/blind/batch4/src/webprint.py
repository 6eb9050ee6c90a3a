"""Print local HTML to PDF with headless Chromium.

serve_and_print(): serves a directory over HTTPS on loopback, maps a made-up host name onto it and
prints each URL with Chromium's own header (date, title) and footer (URL, page x/y), then joins the
PDFs. The certificate is a throwaway self-signed one made in a temp directory."""
import os, subprocess, tempfile, time, shutil, sys
from pypdf import PdfWriter, PdfReader

CHROME = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync"]

SERVER = r'''
import http.server, ssl, sys, os
os.chdir(sys.argv[1])
class H(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a): pass
srv = http.server.HTTPServer(("127.0.0.1", int(sys.argv[2])), H)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); ctx.load_cert_chain(sys.argv[3], sys.argv[4])
srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
srv.serve_forever()
'''


def print_file(html_path, pdf_path, headers=False):
    prof = tempfile.mkdtemp()
    args = CHROME + ["--user-data-dir=" + prof, "--print-to-pdf=" + pdf_path]
    if not headers:
        args.append("--no-pdf-header-footer")
    subprocess.run(args + ["file://" + os.path.abspath(html_path)], check=True, capture_output=True)
    shutil.rmtree(prof, ignore_errors=True)


def serve_and_print(root, host, paths, pdf_path, port=8447):
    tmp = tempfile.mkdtemp()
    key, cert = os.path.join(tmp, "k.pem"), os.path.join(tmp, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=" + host], check=True, capture_output=True)
    srvpy = os.path.join(tmp, "srv.py"); open(srvpy, "w").write(SERVER)
    srv = subprocess.Popen([sys.executable, srvpy, root, str(port), cert, key])
    try:
        time.sleep(1.0)
        parts = []
        for i, p in enumerate(paths):
            out = os.path.join(tmp, "p%02d.pdf" % i)
            prof = tempfile.mkdtemp()
            subprocess.run(CHROME + ["--user-data-dir=" + prof, "--ignore-certificate-errors",
                                     "--host-resolver-rules=MAP %s:443 127.0.0.1:%d" % (host, port),
                                     "--print-to-pdf=" + out, "https://%s%s" % (host, p)],
                           check=True, capture_output=True)
            shutil.rmtree(prof, ignore_errors=True)
            parts.append(out)
        w = PdfWriter()
        for p in parts:
            for pg in PdfReader(p).pages:
                w.add_page(pg)
        with open(pdf_path, "wb") as f:
            w.write(f)
    finally:
        srv.terminate(); srv.wait()
        shutil.rmtree(tmp, ignore_errors=True)
