# readme-block.py README: print the job script block of "Running under
# Slurm" (the ```sh block after "to copy next to `app`:").
import sys

text = open(sys.argv[1]).read()
mark = "to copy next to `app`:\n\n```sh\n"
start = text.index(mark) + len(mark)
sys.stdout.write(text[start:text.index("```\n", start)])
