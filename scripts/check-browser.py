#!/usr/bin/env python3
"""The multi-office helpdesk case in a real headless Chromium (Selenium), as staff meet it.

Starts `sop server` on the given store with the demo offices and staff (contoh/server), then:
the kabupaten helpdesk (Rina, KPU Kab. Musi Rawas Utara) logs in with the keyboard, opens a
helpdesk case and takes it up to her Anggota (Hendra), who escalates it to the provinsi; the
provinsi helpdesk (Lestari) logs in, finds it in her queue and answers; Rina closes it. A desk of
another kabupaten (Dedi) is refused the case. Each step goes through the form the server
generated from the SOP node. Prints `kasus: ID` last. Exit 0 when all went as expected, 1 on a
failed expectation, 3 when selenium or Chromium is missing (scripts/setup.sh installs them).

Used by Tests/ServerTests/BrowserTests.swift, which then checks the store with `sop verifikasi`.
"""
import argparse
import os
import re
import subprocess
import sys
import threading

try:
    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException, WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:
    print("selenium tidak terpasang: jalankan bash scripts/setup.sh --peramban", file=sys.stderr)
    sys.exit(3)

PASSWORD = "sandi-demo-2024"
RINA, HENDRA, LESTARI, DEDI = "199001012015031001", "197805122005011003", "198502022010011006", "199203102019022002"


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


def start_server(sop, data, root):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOP_")}
    process = subprocess.Popen(
        [sop, "server", "--data", data, "--petugas", "contoh/server/petugas.yaml",
         "--daftar-kantor", "contoh/server/kantor.yaml", "--sop", "sops/helpdesk.yaml", "--port", "0"],
        cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = []
    for line in process.stdout:
        seen.append(line)
        match = re.search(r"melayani di http://[0-9.]+:(\d+)/", line)
        if match:
            break
    else:
        process.kill()
        raise Failure(f"server tidak mulai: {''.join(seen)!r} {process.stderr.read()}")
    # Keep draining its output so it never blocks on a full pipe.
    for stream in (process.stdout, process.stderr):
        threading.Thread(target=stream.read, daemon=True).start()
    return process, f"http://127.0.0.1:{match.group(1)}"


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1366,768"):
        options.add_argument(flag)
    for binary in ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"):
        if os.path.exists(binary):
            options.binary_location = binary
            break
    driver_path = next((p for p in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver") if os.path.exists(p)), None)
    service = Service(executable_path=driver_path) if driver_path else Service()
    try:
        return webdriver.Chrome(service=service, options=options)
    except WebDriverException as error:
        print(f"Chromium tidak dapat dijalankan: {error.msg}; jalankan bash scripts/setup.sh --peramban", file=sys.stderr)
        sys.exit(3)


class Staff:
    """One person at the keyboard."""

    def __init__(self, driver, base):
        self.driver, self.base = driver, base
        self.wait = WebDriverWait(driver, 20)

    def until(self, fragment, what):
        try:
            self.wait.until(EC.url_contains(fragment))
        except TimeoutException:
            page = self.driver.find_elements(By.TAG_NAME, "main")
            raise Failure(f"{what}: tetap di {self.driver.current_url}: {page[0].text[:600] if page else self.driver.page_source[:600]}")

    def no_error(self, where):
        errors = self.driver.find_elements(By.CSS_SELECTOR, ".galat")
        expect(not errors, f"{where}: {errors[0].text if errors else ''}")

    def login(self, nip):
        self.driver.get(self.base + "/masuk")
        field = self.driver.switch_to.active_element  # the NIP field has the focus (autofocus)
        expect(field.get_attribute("id") == "nip", "halaman masuk: kursor tidak di kolom NIP")
        field.send_keys(nip, Keys.TAB, PASSWORD, Keys.ENTER)
        self.until("/antrian", f"masuk {nip}")
        self.no_error(f"masuk {nip}")

    def logout(self):
        self.driver.find_element(By.CSS_SELECTOR, "form.keluar button").click()
        self.until("/masuk", "keluar")

    def open_case(self, sop):
        Select(self.driver.find_element(By.ID, "sop")).select_by_value(sop)
        self.driver.find_element(By.XPATH, "//button[normalize-space()='Buka kasus']").click()
        self.until("dibuka=1", "buka kasus")
        self.no_error("buka kasus")
        return re.search(r"/kasus/([^/?]+)", self.driver.current_url).group(1)

    def show(self, case):
        self.driver.get(f"{self.base}/kasus/{case}")

    def step(self, step, fields=None, choice=None, outside=("Budi Santoso", "081234567890")):
        """Fills the step's generated form and submits it: fields by id, every kelengkapan present,
        a decision's exit, and the outside party's name and contact when the form asks for them."""
        try:
            section = self.driver.find_element(By.ID, f"{step}-judul").find_element(By.XPATH, "./..")
        except Exception:
            raise Failure(f"tidak ada formulir langkah {step} di {self.driver.current_url}: {self.driver.find_element(By.TAG_NAME, 'main').text[:500]}")
        if section.find_elements(By.NAME, "nama_luar"):
            section.find_element(By.NAME, "nama_luar").send_keys(outside[0])
            section.find_element(By.NAME, "kontak").send_keys(outside[1])
        for key, value in (fields or {}).items():
            element = section.find_element(By.ID, f"{step}-isian-{key}")
            if element.tag_name == "select":
                Select(element).select_by_value(value)
            else:
                element.clear()
                element.send_keys(value)
        for box in section.find_elements(By.CSS_SELECTOR, "input[type=checkbox][name=lengkap]"):
            if not box.is_selected():
                box.click()
        if choice:
            radios = section.find_elements(By.CSS_SELECTOR, f"input[type=radio][name=pilih][value='{choice}']")
            expect(radios, f"langkah {step}: tidak ada pilihan {choice}: {section.text[:600]}")
            radios[0].click()
        section.find_element(By.ID, f"{step}-catat").click()
        self.until(f"dicatat={step}", f"langkah {step}")
        self.no_error(f"langkah {step}")

    def text(self, element_id):
        return self.driver.find_element(By.ID, element_id).text


def run(sop, data, root):
    server, base = start_server(sop, data, root)
    driver = browser()
    try:
        staff = Staff(driver, base)
        # The kabupaten desk opens the case and escalates it.
        staff.login(RINA)
        case = staff.open_case("helpdesk")
        staff.step("hadir", fields={"kanal": "tatap_muka", "tanggal_waktu": "2024-04-02 09:00", "nama": "Budi Santoso",
                           "nomor_handphone": "081234567890", "nama_partai": "Partai Contoh"})
        staff.step("terima", fields={"permasalahan": "Cara mengunggah KTA ke SIPOL"})
        staff.step("jawab", choice="Tidak")
        staff.step("lapor_anggota")
        staff.logout()
        # Its Anggota cannot answer and escalates to the provinsi.
        staff.login(HENDRA)
        staff.show(case)
        staff.step("telaah_anggota", choice="Tidak")
        staff.step("koordinasi_provinsi")
        expect("Provinsi" in staff.text("penangan"), f"sesudah eskalasi ditangani: {staff.text('penangan')}")
        staff.logout()
        # Another kabupaten's desk does not see it at all.
        staff.login(DEDI)
        expect(case not in driver.find_element(By.TAG_NAME, "main").text, "kasus tampak di antrian kabupaten lain")
        staff.show(case)
        expect("SERVER007" in driver.find_element(By.TAG_NAME, "main").text, "kabupaten lain dapat membuka kasus")
        staff.logout()
        # The provinsi helpdesk finds it in its queue and answers.
        staff.login(LESTARI)
        queue = driver.find_element(By.ID, "antrian-saya")
        expect(case in queue.text and "jawab_provinsi" in queue.text, f"antrian provinsi: {queue.text}")
        queue.find_element(By.LINK_TEXT, case).click()
        staff.until(f"/kasus/{case}", "buka kasus dari antrian")
        staff.step("jawab_provinsi", choice="Ya")
        staff.logout()
        # Back at the kabupaten: the answer is given and the case closed.
        staff.login(RINA)
        expect(case in driver.find_element(By.ID, "antrian-saya").text, "kasus tidak kembali ke antrian kabupaten")
        staff.show(case)
        staff.step("sampaikan_jawaban")
        staff.step("tanya_paham", fields={"dipahami": "ya"})
        staff.step("catat")
        staff.step("serahkan")
        expect(staff.text("status") == "selesai", f"status akhir: {staff.text('status')}")
        timeline = staff.text("riwayat")
        expect("jawab_provinsi" in timeline and "Lestari" in timeline, f"riwayat tanpa jawaban provinsi: {timeline[:400]}")
        staff.logout()
        print(f"kasus: {case}")
    finally:
        driver.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sop", required=True, help="the sop binary")
    parser.add_argument("--data", required=True, help="the store URL (postgres://...)")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        run(os.path.abspath(args.sop), args.data, root)
    except (Failure, TimeoutException) as error:
        print(f"GAGAL: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
