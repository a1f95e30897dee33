//! Tries one thing a sandboxed process should not be able to do, named by argv[1], and
//! prints `ok <detail>` if it worked or `denied <error>` if the kernel refused; exits 0
//! either way, so the test reads the verdict from stdout.
//!
//! read PATH | write PATH | exec PATH | fork | thread | tcp HOST:PORT | udp HOST:PORT |
//! unix PATH | kill PID SIG | proc-self | uid

use std::io::{Read, Write};

extern "C" {
    fn fork() -> i32;
    fn kill(pid: i32, sig: i32) -> i32;
    fn waitpid(pid: i32, status: *mut i32, options: i32) -> i32;
    fn _exit(code: i32) -> !;
    fn getuid() -> u32;
}

fn report<T: std::fmt::Debug>(result: std::io::Result<T>) {
    match result {
        Ok(value) => println!("ok {value:?}"),
        Err(err) => println!("denied {err}"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    match arg(0).as_str() {
        "read" => report(std::fs::File::open(arg(1)).and_then(|mut f| {
            let mut text = String::new();
            f.read_to_string(&mut text).map(|_| text.len())
        })),
        "write" => report(std::fs::File::create(arg(1)).and_then(|mut f| f.write_all(b"x"))),
        "exec" => report(std::process::Command::new(arg(1)).status().map(|s| s.code())),
        "fork" => {
            let pid = unsafe { fork() };
            if pid == 0 {
                unsafe { _exit(0) };
            }
            if pid < 0 {
                println!("denied {}", std::io::Error::last_os_error());
            } else {
                unsafe { waitpid(pid, std::ptr::null_mut(), 0) };
                println!("ok {pid}");
            }
        }
        "thread" => report(Ok(std::thread::spawn(|| 7).join().unwrap())),
        "tcp" => report(std::net::TcpStream::connect(arg(1)).map(|_| ())),
        "udp" => report(std::net::UdpSocket::bind("127.0.0.1:0").and_then(|s| s.send_to(b"x", arg(1)))),
        "unix" => report(std::os::unix::net::UnixStream::connect(arg(1)).map(|_| ())),
        "kill" => {
            let pid: i32 = arg(1).parse().unwrap();
            let sig: i32 = arg(2).parse().unwrap();
            if unsafe { kill(pid, sig) } == 0 {
                println!("ok");
            } else {
                println!("denied {}", std::io::Error::last_os_error());
            }
        }
        "proc-self" => report(std::fs::read_to_string("/proc/self/cmdline").map(|c| c.replace('\0', " "))),
        "uid" => println!("ok {}", unsafe { getuid() }),
        other => panic!("unknown attack {other:?}"),
    }
}
