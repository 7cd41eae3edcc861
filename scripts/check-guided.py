#!/usr/bin/env python3
"""Drives the guided `sop kasus buka` / `sop kasus lakukan` through a pseudo-terminal, as a
person at the keyboard would: opens a helpdesk case, does three steps by answering the questions
(an outside party with a contact, fields with bad values re-asked, the kelengkapan checklist, a
decision exit), then stops three interviews half way (Ctrl-C, Ctrl-D, "tidak" at the summary)
and checks with `sop kasus lihat --json` that none of them recorded anything. It also checks that
nothing is asked when stdout is not a terminal or with --tanpa-tanya.

Run by Tests/SOPEngineTests/GuidedTerminalTests.swift (swift test); by hand:
    python3 scripts/check-guided.py --sop .build/debug/sop --data /tmp/guided.sqlite
Prints the case id on its last line ("kasus: HELPDESK-0001"); exit 0 when every check held,
1 when one failed (with the terminal transcript), 3 when pexpect is missing (scripts/setup.sh).
"""
import argparse
import json
import os
import signal
import subprocess
import sys

try:
    import pexpect
except ImportError:
    print("pexpect belum terpasang: jalankan bash scripts/setup.sh", file=sys.stderr)
    sys.exit(3)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 60  # seconds per answer; a loaded CI machine may be slow to start the debug binary


class CheckFailed(Exception):
    pass


class Terminal:
    """One `sop` run on a pseudo-terminal, with everything it printed kept for the report."""

    def __init__(self, program, argv, env):
        self.log = []
        self.child = pexpect.spawn(program, argv, env=env, cwd=ROOT, encoding="utf-8", timeout=TIMEOUT,
                                   dimensions=(50, 200))
        self.child.logfile_read = self

    # pexpect's logfile protocol
    def write(self, text):
        self.log.append(text)

    def flush(self):
        pass

    def transcript(self):
        return "".join(self.log)

    def expect(self, pattern):
        try:
            self.child.expect(pattern)
        except (pexpect.TIMEOUT, pexpect.EOF) as error:
            raise CheckFailed(f"menunggu {pattern!r}, tidak muncul ({type(error).__name__}).\n--- layar ---\n{self.transcript()}")
        return self.child.match

    def answer(self, pattern, text):
        self.expect(pattern)
        self.child.sendline(text)

    def finish(self, status):
        try:
            self.child.expect(pexpect.EOF)
        except pexpect.TIMEOUT:
            raise CheckFailed(f"program tidak selesai.\n--- layar ---\n{self.transcript()}")
        self.child.close()
        if self.child.exitstatus != status:
            raise CheckFailed(f"status keluar {self.child.exitstatus} (sinyal {self.child.signalstatus}), diharapkan {status}.\n"
                              f"--- layar ---\n{self.transcript()}")
        return self.transcript()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sop", required=True, help="the sop binary")
    parser.add_argument("--data", required=True, help="a new case store (SQLite file)")
    args = parser.parse_args()
    env = dict(os.environ)
    env.update({"SOP_DATA": args.data, "SOP_PETUGAS": "contoh/petugas.yaml",
                "SOP_WAKTU_SEKARANG": "2024-04-02T02:00:00Z", "TERM": "dumb"})
    env.pop("SOP_KUNCI", None)

    def sop(*argv):
        return Terminal(args.sop, list(argv), env)

    def shown(case_id):
        """The case as a script reads it: no terminal, --json."""
        result = subprocess.run([args.sop, "kasus", "lihat", case_id, "--json"], cwd=ROOT, env=env,
                                capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if result.returncode != 0:
            raise CheckFailed(f"sop kasus lihat {case_id} --json: status {result.returncode}: {result.stderr}")
        return json.loads(result.stdout)

    def check(condition, message):
        if not condition:
            raise CheckFailed(message)

    # 1. Open a case: who opens it is chosen from the roster by the start of a name.
    t = sop("kasus", "buka", "sops/helpdesk.yaml")
    t.expect("Siapa yang membuka kasus")
    t.answer(r"Enter bila tanpa nama\): ", "ri")
    t.expect(r"Dibuka oleh : Rina Wulandari \(NIP 199001012015031001\)")
    t.answer(r"Buka kasus ini\? \[ya/tidak\]: ", "ya")
    case_id = t.expect(r"Kasus (\S+) dibuka").group(1)
    t.finish(0)
    print(f"dibuka: {case_id}")

    # 2. The party arrives (an outside party): name, contact and fields, bad values asked again
    #    with the engine's own message; the one current step is taken without asking.
    t = sop("kasus", "lakukan", case_id)
    t.expect("Langkah hadir")
    t.answer(r"Nama pihak luar \(Partai Politik\): ", "Budi Santoso")
    t.answer(r"email Budi Santoso: ", "12")
    t.expect(r"'12' bukan nomor telepon Indonesia")
    t.answer(r"email Budi Santoso: ", "0812-3456-7890")
    t.expect(r"4\. tatap_muka")
    t.answer(r"\[kanal\] \([^)]*wajib\): ", "9")
    t.expect(r"isian 'kanal' \(Kanal layanan\) tidak sah: '9' bukan pilihan yang sah")
    t.answer(r"\[kanal\] \([^)]*wajib\): ", "4")
    t.answer(r"\[tanggal_waktu\] \([^)]*\): ", "kemarin")
    t.expect(r"'kemarin' bukan tanggal dan jam")
    t.answer(r"\[tanggal_waktu\] \([^)]*\): ", "2024-04-02 09:00")
    t.answer(r"\[nama\] \([^)]*\): ", "")
    t.expect(r"isian 'nama' \(Nama\) tidak sah: tidak boleh kosong")
    t.answer(r"\[nama\] \([^)]*\): ", "Budi Santoso")
    t.answer(r"\[nomor_handphone\] \([^)]*\): ", "0812-3456-7890")
    t.answer(r"\[nama_partai\] \([^)]*\): ", "Partai Contoh")
    t.answer(r"\[email\] \([^)]*melewati\): ", "")
    t.answer(r"\[tanda_tangan\] \([^)]*melewati\): ", "")
    t.answer(r"1/1 Daftar Hadir dan Alat Tulis \(wajib\) tersedia\? \[ya/tidak\]: ", "ya")
    t.answer(r"Catatan \(tidak wajib; Enter untuk melewati\): ", "")
    t.expect(r"Pelaksana   : Budi Santoso \(pihak luar: Partai Politik\), kontak 0812-3456-7890")
    t.answer(r"Catat langkah ini\? \[ya/tidak\]: ", "ya")
    t.expect(r"Langkah 'hadir' dicatat \(peristiwa #2\) oleh Budi Santoso")
    t.finish(0)
    print("hadir: dicatat")

    # 3. The desk receives it: only officers holding the step's role are offered; a person
    #    without it and an unknown name are asked again; a field; the kelengkapan checklist with
    #    the optional recorder missing; a note.
    t = sop("kasus", "lakukan", case_id)
    t.expect("Petugas yang memegang peran Helpdesk KPU Kab/Kota:")
    listing = t.expect(r"(?s)(.*?)Pilih nomor, ketik nama atau NIP: ").group(1)
    check("Rina Wulandari" in listing and "Dedi Kurniawan" in listing and "Maria Ulfa" not in listing,
          f"daftar pelaksana langkah terima salah:\n{listing}")
    t.child.sendline("Maria Ulfa")
    t.expect(r"Maria Ulfa \(NIP 197909092003121008\) tidak memegang peran Helpdesk KPU Kab/Kota")
    t.answer(r"Pilih nomor, ketik nama atau NIP: ", "Zulkifli")
    t.expect(r"'Zulkifli' tidak ada di antara petugas")
    t.answer(r"Pilih nomor, ketik nama atau NIP: ", "rina")
    t.answer(r"\[permasalahan\] \([^)]*wajib\): ", "Unggah KTA gagal di SIPOL")
    t.expect(r"Kelengkapan \(4 butir\)")
    t.answer(r"1/4 [^\n]*\? \[ya/tidak\]: ", "mungkin")
    t.expect(r"jawab 'ya' atau 'tidak'")
    t.answer(r"1/4 [^\n]*\? \[ya/tidak\]: ", "ya")
    t.answer(r"2/4 [^\n]*\? \[ya/tidak\]: ", "y")
    t.answer(r"3/4 alat perekam \(tidak wajib\) tersedia\? \[ya/tidak\]: ", "tidak")
    t.answer(r"4/4 [^\n]*\? \[ya/tidak\]: ", "ya")
    t.answer(r"Catatan \(tidak wajib; Enter untuk melewati\): ", "dipandu di terminal")
    t.expect(r"Kelengkapan : tersedia: [^\n]*; tidak tersedia: alat perekam")
    t.answer(r"Catat langkah ini\? \[ya/tidak\]: ", "ya")
    t.expect(r"Langkah 'terima' dicatat \(peristiwa #3\) oleh Rina Wulandari")
    t.expect(r"Penyimpangan dicatat: kelengkapan tidak tersedia: alat perekam")
    t.finish(0)
    print("terima: dicatat")

    # 4. The answer: a judgement decision, its exits by their printed labels.
    t = sop("kasus", "lakukan", case_id)
    t.answer(r"Pilih nomor, ketik nama atau NIP: ", "1")
    for n in range(1, 6):
        t.answer(rf"{n}/5 [^\n]*\? \[ya/tidak\]: ", "ya")
    t.expect(r"Keputusan: Dapat diselesaikan\?")
    t.expect(r"1\. Ya — lanjut ke tanya_paham")
    t.expect(r"2\. Tidak — lanjut ke lapor_anggota")
    t.answer(r"Pilih nomor atau ketik namanya: ", "Mungkin")
    t.expect(r"'Mungkin' tidak ada di pilihan")
    t.answer(r"Pilih nomor atau ketik namanya: ", "tidak")
    t.answer(r"Catatan \(tidak wajib; Enter untuk melewati\): ", "")
    t.expect(r"Cabang      : Tidak")
    t.answer(r"Catat langkah ini\? \[ya/tidak\]: ", "ya")
    t.expect(r"Langkah 'jawab' dicatat \(peristiwa #4\) oleh Rina Wulandari; cabang: Tidak\.")
    t.finish(0)
    print("jawab: dicatat, cabang Tidak")
    before = shown(case_id)
    check(len(before["peristiwa"]) == 4 and [a["langkah"] for a in before["langkah_berjalan"]] == ["lapor_anggota"],
          f"kasus setelah tiga langkah tidak seperti diharapkan: {before['langkah_berjalan']}, {len(before['peristiwa'])} peristiwa")

    # 5. Ctrl-C half way (after the first kelengkapan answer): exit 130, nothing recorded. Started
    #    with SIGINT blocked, as test runners start their children: sop must unblock it.
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    t = sop("kasus", "lakukan", case_id)
    signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    t.answer(r"Pilih nomor, ketik nama atau NIP: ", "rina")
    t.answer(r"1/5 [^\n]*\? \[ya/tidak\]: ", "ya")
    t.expect(r"2/5 [^\n]*\? \[ya/tidak\]: ")
    t.child.sendintr()
    t.expect(r"\[TANYA002\] dibatalkan dengan Ctrl-C: tidak ada yang dicatat")
    t.finish(130)
    print("Ctrl-C: dibatalkan, status 130")

    # 6. Ctrl-D (end of input) at the first question: exit 2, nothing recorded.
    t = sop("kasus", "lakukan", case_id, "lapor_anggota")
    t.expect(r"Pilih nomor, ketik nama atau NIP: ")
    t.child.sendeof()
    t.expect(r"\[TANYA003\] masukan berakhir")
    t.finish(2)
    print("Ctrl-D: dibatalkan, status 2")

    # 7. Everything answered, then "tidak" at the summary: exit 1, nothing recorded.
    t = sop("kasus", "lakukan", case_id)
    t.answer(r"Pilih nomor, ketik nama atau NIP: ", "rina")
    for n in range(1, 6):
        t.answer(rf"{n}/5 [^\n]*\? \[ya/tidak\]: ", "ya")
    t.answer(r"Catatan \(tidak wajib; Enter untuk melewati\): ", "")
    t.answer(r"Catat langkah ini\? \[ya/tidak\]: ", "tidak")
    t.expect(r"\[TANYA004\] tidak dikonfirmasi: tidak ada yang dicatat")
    t.finish(1)
    print("tidak dikonfirmasi: status 1")

    # 8. A terminal on stdin but stdout to a file, and --tanpa-tanya: no question, the usual error.
    out = os.path.join(os.path.dirname(os.path.abspath(args.data)), "guided-stdout.txt")
    t = Terminal("/bin/sh", ["-c", f"exec '{args.sop}' kasus lakukan {case_id} > '{out}'"], env)
    text = t.finish(2)
    check("[TANYA001]" in text and "Pilih nomor" not in text and "Pilih nomor" not in open(out).read(),
          f"stdout bukan terminal: tetap bertanya atau galat lain:\n{text}")
    t = sop("kasus", "lakukan", case_id, "lapor_anggota", "--tanpa-tanya")
    text = t.finish(2)
    check("[TANYA001] --sebagai belum disebutkan" in text and "Pilih nomor" not in text,
          f"--tanpa-tanya: tetap bertanya atau galat lain:\n{text}")
    print("tanpa terminal / --tanpa-tanya: tidak bertanya, status 2")

    # 9. A step named that is not current: the engine's own refusal, before any question.
    t = sop("kasus", "lakukan", case_id, "terima")
    text = t.finish(1)
    check("[KASUS025] langkah 'terima' sudah dilakukan oleh Rina Wulandari" in text and "Pilih nomor" not in text,
          f"langkah yang tidak berjalan: galat lain:\n{text}")
    print("langkah tidak berjalan: KASUS025, status 1")
    t = sop("kasus", "lakukan", case_id, "--pada", "2030-01-01 10:00")
    text = t.finish(1)
    check("[KASUS021] waktu --pada tidak sah" in text and "Pilih nomor" not in text,
          f"--pada di masa depan: galat lain:\n{text}")
    print("--pada di masa depan: KASUS021 sebelum bertanya, status 1")

    after = shown(case_id)
    check(after["peristiwa"] == before["peristiwa"] and after["langkah_berjalan"] == before["langkah_berjalan"],
          "pemanduan yang dibatalkan mengubah kasus:\n" + json.dumps(after["peristiwa"][len(before["peristiwa"]):], indent=1))
    print(f"kasus: {case_id}")


if __name__ == "__main__":
    try:
        main()
    except CheckFailed as failure:
        print(f"GAGAL: {failure}", file=sys.stderr)
        sys.exit(1)
