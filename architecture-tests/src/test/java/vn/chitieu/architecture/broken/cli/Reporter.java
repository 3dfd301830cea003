package vn.chitieu.architecture.broken.cli;

import picocli.CommandLine.Command;

/** Broken on purpose: a picocli command not named *Command. */
@Command(name = "report")
public class Reporter implements Runnable {

    @Override
    public void run() {
    }
}
